"use client";

import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldShell, SelectField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import { updatePtrsAction } from "@/lib/capabilities/rdns/actions";
import { parseBulkLines } from "@/lib/capabilities/rdns/change-schema";
import type { RdnsChange, RdnsChangeResult, RdnsEntry } from "@/lib/capabilities/rdns/types";
import { useAction } from "@/lib/ui/use-action";

/**
 * Many PTRs at once: `IP host name` per line. Listed addresses go to their own connection; any other address to
 * the chosen connection that answers for any address of its account (ip.php). Every line is checked before anything is sent; each address gets its own result.
 */
export function RdnsBulk({
  known,
  lookupConnections,
  labels,
  onApplied,
}: {
  known: RdnsEntry[];
  lookupConnections: { id: string; label: string }[];
  labels: Map<string, string>;
  onApplied: () => void;
}) {
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState("");
  // The lookup connections arrive as their reads settle: the first one is the default.
  const fallback = lookupConnections.some((connection) => connection.id === chosen) ? chosen : (lookupConnections[0]?.id ?? "");
  const [lineErrors, setLineErrors] = useState<{ line: number; message: string }[]>([]);
  const [results, setResults] = useState<RdnsChangeResult[] | null>(null);
  const { run, pending, result } = useAction(updatePtrsAction, {
    onSuccess: (data) => {
      setResults(data.results);
      onApplied();
    },
  });

  const submit = () => {
    setResults(null);
    const { pairs, errors } = parseBulkLines(text);
    const entries: RdnsChange[] = [];
    for (const pair of pairs) {
      const listed = known.find((entry) => entry.ip === pair.ip);
      if (listed) entries.push({ connectionId: listed.connectionId, ref: listed.ref, ip: pair.ip, hostname: pair.hostname });
      else if (fallback) entries.push({ connectionId: fallback, ip: pair.ip, hostname: pair.hostname });
      else errors.push({ line: pair.line, message: `${pair.ip} is not a listed address, and no connection that takes any address is set up` });
    }
    errors.sort((a, b) => a.line - b.line);
    setLineErrors(errors);
    if (errors.length > 0 || entries.length === 0) {
      if (entries.length === 0 && errors.length === 0) setLineErrors([{ line: 1, message: "Write at least one line: IP host name" }]);
      return;
    }
    void run({ entries });
  };

  return (
    <Card className="space-y-3 p-4">
      <h2 className="font-semibold">Bulk edit</h2>
      <FieldShell label="Addresses and host names" help="One per line: IP and host name, e.g. 203.0.113.12 mail.example.com">
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            rows={5}
            aria-describedby={describedBy}
            aria-invalid={invalid || lineErrors.length > 0}
            value={text}
            onChange={(event) => setText(event.target.value)}
            spellCheck={false}
            placeholder={"203.0.113.12 web.example.com\n192.0.2.11 mail.example.com"}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
          />
        )}
      </FieldShell>
      {lookupConnections.length > 0 ? (
        <SelectField
          label="Other addresses go to"
          value={fallback}
          onChange={(event) => setChosen(event.target.value)}
          options={lookupConnections.map((connection) => ({ value: connection.id, label: connection.label }))}
          help="Addresses not listed below are looked up on this connection."
        />
      ) : null}
      <Button pending={pending} onClick={submit}>
        Apply PTRs
      </Button>
      <div aria-live="polite" className="space-y-2">
        {lineErrors.length > 0 ? (
          <ErrorNote>
            <p className="font-medium">Nothing was sent; fix these lines first:</p>
            <ul className="list-disc pl-5">
              {lineErrors.map((error) => (
                <li key={`${error.line}-${error.message}`}>
                  Line {error.line}: {error.message}
                </li>
              ))}
            </ul>
          </ErrorNote>
        ) : null}
        {result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}
        {results ? (
          <div className="overflow-x-auto">
            <p className="text-sm font-medium">
              {results.filter((item) => item.ok).length} updated, {results.filter((item) => !item.ok).length} failed
            </p>
            <table className="mt-2 w-full min-w-[32rem] text-left text-sm" aria-label="Bulk PTR results">
              <thead className="text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    Address
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Connection
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Result
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.map((item) => (
                  <tr key={`${item.connectionId}-${item.ip}`} data-testid="rdns-result" className="border-t border-slate-200 align-top dark:border-slate-800">
                    <td className="py-1 pr-3 font-mono text-xs">{item.ip}</td>
                    <td className="py-1 pr-3">{labels.get(item.connectionId) ?? "—"}</td>
                    <td className="py-1 pr-3">
                      <Badge tone={item.ok ? "good" : "bad"}>{item.ok ? "Updated" : "Failed"}</Badge> <span className="break-words">{item.message}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
