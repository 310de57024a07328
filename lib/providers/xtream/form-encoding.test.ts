import qs from "qs";
import { describe, expect, it } from "vitest";

import { encodePhpForm } from "./form-encoding";

describe("PHP-style form encoding", () => {
  it("nests data[...] and arrays with [] like http_build_query, booleans as 1/0", () => {
    const body = encodePhpForm({
      api_key: "k",
      username: "a b&c",
      data: { restreamer: true, disabled: false, allowed_ips: ["1.2.3.4", "5.6.7.8"], expire_date: new Date(1_700_000_000_000), notes: undefined },
    });
    expect(body).toBe(
      "api_key=k&username=a+b%26c&data[restreamer]=1&data[disabled]=0&data[allowed_ips][]=1.2.3.4&data[allowed_ips][]=5.6.7.8&data[expire_date]=1700000000",
    );
    expect(qs.parse(body)).toEqual({
      api_key: "k",
      username: "a b&c",
      data: { restreamer: "1", disabled: "0", allowed_ips: ["1.2.3.4", "5.6.7.8"], expire_date: "1700000000" },
    });
  });

  it("sends null and empty lists as empty fields, so the panel stores its default", () => {
    expect(encodePhpForm({ data: { expire_date: null, allowed_ips: [] } })).toBe("data[expire_date]=&data[allowed_ips]=");
  });
});
