import { ProviderError } from "../core/errors";
import { describeDocumentedMethodCoverage } from "../core/testing/coverage";
import { createIpmoduleClient } from "./client";
import { documentedMethods } from "./methods";

const client = createIpmoduleClient({
  connectionId: "coverage",
  baseUrl: "http://127.0.0.1:9/ip.php",
  credentials: { token: "unused" },
  transport: {
    request: () => Promise.reject(new ProviderError("upstream-down")),
  },
});

describeDocumentedMethodCoverage("ip.php coverage of the document's method list", import.meta.url, client, documentedMethods);
