/** The Provider accounts page's reads: one query per connection, refreshed through its read route. */
export const ACCOUNTS_QUERY = "accounts";

export const accountsRoute = { key: ACCOUNTS_QUERY, url: (connectionId: string) => `/api/accounts/${encodeURIComponent(connectionId)}` };
