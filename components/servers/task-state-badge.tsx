import { CheckCircle2, Clock, Loader2, XCircle } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import type { TaskState } from "@/lib/capabilities/servers/types";

const look = {
  queued: { tone: "neutral", label: "Queued", Icon: Clock },
  running: { tone: "info", label: "Running", Icon: Loader2 },
  done: { tone: "good", label: "Done", Icon: CheckCircle2 },
  failed: { tone: "bad", label: "Failed", Icon: XCircle },
} as const;

export const taskStateLabel = (state: TaskState) => look[state].label;

export function TaskStateBadge({ state }: { state: TaskState }) {
  const { tone, label, Icon } = look[state];
  return (
    <Badge tone={tone} className="gap-1">
      <Icon className={state === "running" ? "h-3 w-3 animate-spin motion-reduce:animate-none" : "h-3 w-3"} aria-hidden />
      {label}
    </Badge>
  );
}
