import { format, formatDistanceToNowStrict } from "date-fns";

/** Unix seconds → "3 Feb 2026" (or a dash). */
export const formatDay = (seconds: number | null) => (seconds === null ? "—" : format(new Date(seconds * 1000), "d MMM yyyy"));
export const formatMoment = (seconds: number | null) => (seconds === null ? "—" : format(new Date(seconds * 1000), "d MMM yyyy HH:mm"));
export const formatAgo = (seconds: number | null) => (seconds === null ? "never" : `${formatDistanceToNowStrict(new Date(seconds * 1000))} ago`);

/** Seconds of uptime → "3d 4h", "5h 12m", "42m". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${minutes}m`;
  return `${minutes}m`;
}

/** Unix seconds → the yyyy-mm-dd a date input shows (UTC, as the action reads it back). */
export const dateInputValue = (seconds: number | null) => (seconds === null ? "" : new Date(seconds * 1000).toISOString().slice(0, 10));
