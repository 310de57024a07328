import { Badge } from "@/components/ui/badge";

const toneFor = (status: string) => {
  const word = status.toLowerCase();
  if (word === "closed") return "neutral" as const;
  if (word === "answered") return "warn" as const;
  if (word === "open") return "info" as const;
  return "good" as const;
};

export function TicketStatusBadge({ status }: { status: string }) {
  return <Badge tone={toneFor(status)}>{status}</Badge>;
}
