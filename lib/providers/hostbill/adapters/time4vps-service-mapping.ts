/** Time4VPS (HostBill) service shapes → provider-neutral rows. Pure. */
import type { z } from "zod";

import { statusTone } from "@/lib/capabilities/services/list-view";
import { rawFields } from "@/lib/capabilities/services/raw-fields";
import type { RawFields, ServiceRow, UpgradeEstimate, UpgradeOptions } from "@/lib/capabilities/services/types";

import type { serviceResponse, serviceSummarySchema, upgradeOptionsResponse, upgradeRequestResponse } from "../time4vps-schemas";

export type Time4vpsServiceSummary = z.output<typeof serviceSummarySchema>;
export type Time4vpsServiceDetails = z.output<typeof serviceResponse>["service"];

export interface RowContext {
  connectionId: string;
  connectionLabel: string;
  providerLabel: string;
  currency: string | null;
}

const blank = (value: string | null | undefined) => (value && value.trim() !== "" ? value.trim() : null);

export function time4vpsRow(service: Time4vpsServiceSummary | Time4vpsServiceDetails, context: RowContext, label?: string | null): ServiceRow {
  const category = "category" in service ? blank(service.category as string | null | undefined) : null;
  return {
    key: `${context.connectionId}:${service.id}`,
    connectionId: context.connectionId,
    connectionLabel: context.connectionLabel,
    provider: "time4vps",
    providerLabel: context.providerLabel,
    id: service.id,
    label: blank(label ?? ("label" in service ? (service.label as string | null | undefined) : null)),
    domain: blank(service.domain),
    product: service.name,
    category,
    status: service.status || "Unknown",
    statusTone: statusTone(service.status || ""),
    billingCycle: blank(service.billingcycle),
    price: service.total ?? null,
    currency: context.currency,
    nextDue: blank(service.next_due),
    inferred: false,
  };
}

const fieldNames: Record<string, string> = {
  id: "Service id",
  date_created: "Created",
  domain: "Domain",
  firstpayment: "First payment",
  total: "Recurring amount",
  billingcycle: "Billing cycle",
  next_due: "Next due",
  next_invoice: "Next invoice",
  status: "Status",
  label: "Label",
  username: "Username",
  name: "Product",
};

export const time4vpsRawFields = (record: Record<string, unknown>): RawFields => rawFields(record, fieldNames);

export function time4vpsUpgradeOptions(answer: z.output<typeof upgradeOptionsResponse>): UpgradeOptions {
  const packages = (answer.package ?? []).flatMap((entry) => {
    if (!entry || typeof entry !== "object") return [];
    const record = entry as Record<string, unknown>;
    const id = record.id;
    if (typeof id !== "string" && typeof id !== "number") return [];
    const price = Number(record.price);
    return [{ id: String(id), name: typeof record.name === "string" ? record.name : `Package ${id}`, price: Number.isFinite(price) ? price : null }];
  });
  return {
    resources: answer.resources
      .filter((resource) => resource.items.length > 0)
      .map((resource) => ({
        id: resource.id,
        name: resource.name,
        items: resource.items.map((item) => ({ id: item.id, name: item.name, price: item.price ?? null, selected: item.selected ?? false })),
      })),
    packages,
  };
}

export function time4vpsUpgradeEstimate(answer: z.output<typeof upgradeRequestResponse>): UpgradeEstimate {
  const summary = (answer.summary ?? {}) as Record<string, unknown> & { subtotal?: number; tax?: number; total?: number };
  const items = Array.isArray(summary.items)
    ? (summary.items as unknown[]).flatMap((item) => {
        if (!item || typeof item !== "object") return [];
        const record = item as Record<string, unknown>;
        const price = Number(record.price);
        return [
          { name: String(record.name ?? ""), from: String(record.from ?? "—"), to: String(record.to ?? "—"), price: Number.isFinite(price) ? price : null },
        ];
      })
    : [];
  return {
    items,
    subtotal: summary.subtotal ?? null,
    tax: summary.tax ?? null,
    total: summary.total ?? null,
    currency: typeof summary.currency === "string" ? summary.currency : null,
    invoiceId: answer.invoice_id ?? null,
  };
}

export function isVpnService(service: { category?: string | null; category_url?: string | null; name: string }): boolean {
  return [service.category, service.category_url].some((value) => value?.toLowerCase() === "vpn");
}
