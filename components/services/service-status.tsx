import { Badge } from "@/components/ui/badge";
import type { ServiceRow } from "@/lib/capabilities/services/types";

import { dueLabel } from "./format";

export function ServiceStatusBadge({ row }: { row: Pick<ServiceRow, "status" | "statusTone"> }) {
  return (
    <Badge tone={row.statusTone} className="whitespace-nowrap">
      {row.status}
    </Badge>
  );
}

export function DueBadge({ row }: { row: Pick<ServiceRow, "nextDue" | "status" | "inferred"> }) {
  const due = dueLabel(row);
  return due ? (
    <Badge tone={due.tone} className="whitespace-nowrap">
      {due.text}
    </Badge>
  ) : null;
}
