/**
 * What a provider kind implements to take part in this area (lib/providers/<kind>/adapters/accounts.ts).
 * Provider-neutral: callers get one per connection from adaptersFor(team, "accounts") and never see a client.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the area moves onto adapters
export interface AccountsAdapter {}
