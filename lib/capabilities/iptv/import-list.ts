import { parse } from "csv-parse/sync";
import { z } from "zod";

/** One value to import and where it stood: the line of the pasted text or CSV file (1 = first line). */
export interface ImportRow {
  line: number;
  value: string;
}

export const MAX_IMPORT_ROWS = 200;

const recordsWithInfo = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }));

/** Header cells that name the column holding the key, as panel exports and spreadsheets call it. */
const keyHeaders = new Set(["username", "user", "login", "line", "mac", "mac_address", "mac address", "macaddress"]);

/**
 * Reads a pasted list or a CSV file of usernames / MAC addresses. A CSV whose first row names a key column
 * (`username`, `mac_address`, …) gives that column only; otherwise every cell is a value (one per line, or
 * separated by commas, semicolons or tabs). Quotes, a byte-order mark and blank lines are handled by csv-parse.
 */
export function readImportList(text: string): ImportRow[] {
  // One line ending throughout: a list pasted from several sources may mix them, which would shift line numbers.
  const parsed: unknown = parse(text.replace(/\r\n?/g, "\n"), {
    bom: true,
    delimiter: [",", ";", "\t"],
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
  });
  // With `info`, csv-parse gives {record, info} per row, which its typings do not say.
  const records = recordsWithInfo.parse(parsed);
  const header = records[0]?.record.map((cell) => cell.toLowerCase());
  const column = header ? header.findIndex((cell) => keyHeaders.has(cell)) : -1;
  const rows: ImportRow[] = [];
  for (const { record, info } of column >= 0 ? records.slice(1) : records) {
    const cells = column >= 0 ? [record[column] ?? ""] : record;
    for (const cell of cells) if (cell !== "") rows.push({ line: info.lines, value: cell });
  }
  return rows;
}
