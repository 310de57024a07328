"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import { addAclRule } from "@/lib/capabilities/proxies/actions";
import { parseCidr } from "@/lib/capabilities/proxies/cidr";
import { useAction } from "@/lib/ui/use-action";

/** ACL/addAcl: a rule at the start, at the end or at a position of the port's list. */
export function AclAddForm({
  connectionId,
  leaseId,
  portId,
  ruleCount,
  onDone,
}: {
  connectionId: string;
  leaseId: number;
  portId: number;
  ruleCount: number;
  onDone: (message: string) => void;
}) {
  const [placement, setPlacement] = useState("start");
  const [maskError, setMaskError] = useState<string | undefined>();
  const { run, pending, result, fieldError } = useAction(addAclRule, { onSuccess: (data) => onDone(`Added the rule for ${data.mask}.`) });
  return (
    <Card className="p-4">
      <h2 className="mb-3 text-base font-semibold">Add a rule</h2>
      <form
        noValidate
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const parsed = parseCidr(String(form.get("mask") ?? ""));
          setMaskError(parsed.ok ? undefined : parsed.message);
          if (!parsed.ok) return;
          form.set("connectionId", connectionId);
          form.set("leaseId", String(leaseId));
          form.set("portId", String(portId));
          void run(form).then((answer) => {
            if (answer?.ok) (event.target as HTMLFormElement).reset();
          });
        }}
      >
        <SelectField
          label="Mode"
          name="mode"
          options={[
            { value: "allow", label: "Allow" },
            { value: "deny", label: "Deny" },
          ]}
          error={fieldError("mode")}
        />
        <TextField
          label="Mask (CIDR)"
          name="mask"
          placeholder="192.0.2.0/24 or 2001:db8::/48"
          autoComplete="off"
          spellCheck={false}
          error={maskError ?? fieldError("mask")}
          onChange={() => setMaskError(undefined)}
        />
        <SelectField
          label="Place"
          name="placement"
          value={placement}
          onChange={(event) => setPlacement(event.target.value)}
          options={[
            { value: "start", label: "First (evaluated first)" },
            { value: "end", label: "Last" },
            { value: "position", label: "At position…" },
          ]}
        />
        {placement === "position" ? (
          <TextField label="Position" name="position" inputMode="numeric" defaultValue={1} help={`1 to ${ruleCount + 1}`} error={fieldError("position")} />
        ) : (
          <div className="hidden lg:block" />
        )}
        <div className="sm:col-span-2 lg:col-span-4">
          <div aria-live="polite">{result && !result.ok ? <ErrorNote className="mb-3">{result.error}</ErrorNote> : null}</div>
          <Button type="submit" pending={pending}>
            Add rule
          </Button>
        </div>
      </form>
    </Card>
  );
}
