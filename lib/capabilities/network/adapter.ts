/**
 * What a provider kind implements to take part in this area (lib/providers/<kind>/adapters/network.ts).
 * Provider-neutral: callers get one per connection from adaptersFor(team, "network") and never see a client.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the area moves onto adapters
export interface NetworkAdapter {}
