import { Badge } from "@/components/ui/badge";
import type { InvoiceState } from "@/lib/capabilities/billing/types";

const tones = { overdue: "bad", unpaid: "warn", paid: "good", cancelled: "neutral", other: "info" } as const;

export function InvoiceStateBadge({ state, status }: { state: InvoiceState; status: string }) {
  return <Badge tone={tones[state]}>{state === "overdue" ? "Overdue" : status}</Badge>;
}
