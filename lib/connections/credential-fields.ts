import { z } from "zod";

import type { CredentialFieldMeta, CredentialSchema } from "../providers/core/types";

/** A credential field as the browser may see it: its shape, never a value. */
export interface CredentialFieldDescriptor {
  name: string;
  label: string;
  type: "text" | "password" | "select";
  required: boolean;
  secret: boolean;
  help?: string;
  placeholder?: string;
  options?: { value: string; label: string }[];
  defaultValue?: string;
}

function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    if (inner instanceof z.ZodOptional) {
      required = false;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodDefault) {
      required = false;
      defaultValue = inner.def.defaultValue;
      inner = inner.unwrap() as z.ZodType;
    } else {
      return { inner, required, defaultValue };
    }
  }
}

/** Walks a kind's zod credential schema; `.meta()` on each field supplies label, secrecy and help. */
export function describeCredentialFields(schema: CredentialSchema): CredentialFieldDescriptor[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const meta = (field.meta() ?? {}) as Partial<CredentialFieldMeta>;
    const { inner, required, defaultValue } = unwrap(field);
    const enumValues = inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
    return {
      name,
      label: meta.label ?? name,
      type: enumValues ? "select" : meta.secret ? "password" : "text",
      required,
      secret: meta.secret === true,
      help: meta.help,
      placeholder: meta.placeholder,
      options: enumValues?.map((value) => ({ value, label: meta.options?.[value] ?? value })),
      defaultValue: typeof defaultValue === "string" ? defaultValue : undefined,
    };
  });
}

export function secretFieldNames(schema: CredentialSchema): string[] {
  return describeCredentialFields(schema)
    .filter((field) => field.secret)
    .map((field) => field.name);
}
