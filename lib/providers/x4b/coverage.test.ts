import { ProviderError } from "../core/errors";
import { describeDocumentedMethodCoverage } from "../core/testing/coverage";
import { createX4bClient } from "./client";
import { documentedMethods } from "./methods";

const client = createX4bClient({
  connectionId: "coverage",
  baseUrl: "http://127.0.0.1:9/api",
  credentials: { authMode: "host-key", hostKey: "unused" },
  transport: {
    request: () => Promise.reject(new ProviderError("upstream-down")),
  },
});

describeDocumentedMethodCoverage("X4B coverage of the document's method list", import.meta.url, client, documentedMethods);
