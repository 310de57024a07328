import type { TextareaHTMLAttributes } from "react";

import { FieldShell } from "@/components/ui/field";
import { cn } from "@/lib/ui/cn";

export function TextareaField({
  label,
  error,
  help,
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string; help?: string }) {
  return (
    <FieldShell label={label} error={error} help={help}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={cn(
            "block min-h-[8rem] w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 aria-[invalid=true]:border-red-500 dark:border-slate-700 dark:bg-slate-900",
            className,
          )}
          {...props}
        />
      )}
    </FieldShell>
  );
}
