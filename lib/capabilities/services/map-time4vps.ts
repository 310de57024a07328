/** Time4VPS (HostBill) service shapes → provider-neutral rows. Pure. */
import type { z } from "zod";

import type { serviceResponse, serviceSummarySchema, upgradeOptionsResponse, upgradeRequestResponse } from "@/lib/providers/hostbill/time4vps-schemas";

import { statusTone } from "./list-view";
import type { RawFields, ServiceRow, UpgradeEstimate, UpgradeOptions } from "./types";

export type Time4vpsServiceSummary = z.output<typeof serviceSummarySchema>;
export type Time4vpsServiceDetails = z.output<typeof serviceResponse>["service"];

export interface RowContext {
  connectionId: string;
  connectionLabel: string;
  providerLabel: string;
  currency: string | null;
}

const blank = (value: string | null | undefined) => (value && value.trim() !== "" ? value.trim() : null);

export function time4vpsRow(
  service: Time4vpsServiceSummary | Time4vpsServiceDetails,
  context: RowContext,
  label?: string | null,
): ServiceRow {
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

/** Every field the provider returned, known ones first with readable names, unknown ones as sent. */
export function rawFields(record: Record<string, unknown>, names: Record<string, string> = fieldNames): RawFields {
  const known = Object.keys(names).filter((key) => key in record);
  const rest = Object.keys(record).filter((key) => !(key in names));
  return [...known, ...rest].map((key) => ({ name: names[key] ?? key, value: displayValue(record[key]) }));
}

export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

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
        return [{ name: String(record.name ?? ""), from: String(record.from ?? "—"), to: String(record.to ?? "—"), price: Number.isFinite(price) ? price : null }];
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
