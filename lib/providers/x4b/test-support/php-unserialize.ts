/** Just enough of PHP's unserialize() to read the `.ps` answers in the document's PHP example. */
export function phpUnserialize(text: string): unknown {
  const bytes = Buffer.from(text, "utf8");
  let at = 0;

  function readUntil(stop: string): string {
    const end = bytes.indexOf(stop, at);
    if (end < 0) throw new Error(`unserialize: expected "${stop}" at ${at}`);
    const value = bytes.subarray(at, end).toString("utf8");
    at = end + stop.length;
    return value;
  }

  function expectChar(char: string): void {
    if (String.fromCharCode(bytes[at] ?? 0) !== char) throw new Error(`unserialize: expected "${char}" at ${at}`);
    at += 1;
  }

  function value(): unknown {
    const type = String.fromCharCode(bytes[at] ?? 0);
    at += 1;
    if (type === "N") {
      expectChar(";");
      return null;
    }
    expectChar(":");
    switch (type) {
      case "b":
        return readUntil(";") === "1";
      case "i":
        return Number.parseInt(readUntil(";"), 10);
      case "d":
        return Number.parseFloat(readUntil(";"));
      case "s": {
        const length = Number(readUntil(":"));
        expectChar('"');
        const string = bytes.subarray(at, at + length).toString("utf8");
        at += length;
        expectChar('"');
        expectChar(";");
        return string;
      }
      case "a": {
        const count = Number(readUntil(":"));
        expectChar("{");
        const entries: [string | number, unknown][] = [];
        for (let index = 0; index < count; index += 1) {
          const key = value();
          if (typeof key !== "string" && typeof key !== "number") throw new Error("unserialize: bad array key");
          entries.push([key, value()]);
        }
        expectChar("}");
        const isList = entries.every(([key], index) => key === index);
        return isList ? entries.map(([, item]) => item) : Object.fromEntries(entries);
      }
      default:
        throw new Error(`unserialize: unknown type "${type}" at ${at - 1}`);
    }
  }

  const result = value();
  if (at !== bytes.length) throw new Error("unserialize: trailing data");
  return result;
}
