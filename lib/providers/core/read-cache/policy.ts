/**
 * How long a provider read may be reused, by kind of resource: catalogues change rarely, lists and details
 * are served stale while a fresh copy loads, task state is reused only within a poll.
 */
export const ttlClasses = {
  /** Products, OS images, plans, departments, server lists of a panel. */
  catalogue: { freshMs: 15 * 60_000, staleMs: 60 * 60_000 },
  /** Things a page lists: services, servers, zones, invoices, tickets, lines. */
  list: { freshMs: 60_000, staleMs: 10 * 60_000 },
  /** One item's details. */
  detail: { freshMs: 30_000, staleMs: 5 * 60_000 },
  /** Usage figures, traffic, graphs. */
  usage: { freshMs: 2 * 60_000, staleMs: 10 * 60_000 },
  /** A running task's state: shared by every poller of one moment, never served stale. */
  task: { freshMs: 2_000, staleMs: 2_000 },
  /** What never changes once it exists (a paid invoice). */
  stable: { freshMs: 60 * 60_000, staleMs: 24 * 60 * 60_000 },
} as const;

export type TtlClass = keyof typeof ttlClasses;

type MethodName<C> = Extract<keyof C, string>;

/**
 * A provider client's caching contract. Every method listed in `reads` is a read with its TTL class ("never":
 * a read that must always reach the provider, e.g. a one-time secret). Every other method is a change: when
 * it settles it makes stale the reads `invalidates` names for it, or, when it names none, every cached read
 * of that connection.
 */
/** A TTL class, or one chosen from the answer (a paid invoice never changes; an unpaid one may). */
export type ReadTtl = TtlClass | ((value: unknown) => TtlClass);

export interface ReadPolicy<C> {
  reads: Partial<Record<MethodName<C>, ReadTtl | "never">>;
  invalidates?: Partial<Record<MethodName<C>, readonly MethodName<C>[]>>;
}

export function defineReadPolicy<C>(policy: ReadPolicy<C>): ReadPolicy<C> {
  return policy;
}
