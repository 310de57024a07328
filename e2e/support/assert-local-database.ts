/** e2e tests create and delete data: refuse to run against anything but a local database. */
export function assertLocalDatabase(url: string | undefined): void {
  if (!url || url.startsWith("pglite:")) return;
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1"].includes(host)) {
    throw new Error(`Refusing to run e2e tests against a non-local database (${host}).`);
  }
}
