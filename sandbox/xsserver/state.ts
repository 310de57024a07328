import { createSeed, type ClientRecord, type SeedData } from "./seed";
import { TokenStore } from "./tokens";

/** The simulator's mutable world: seeded data plus the JWTs handed out so far. */
export class XsserverState {
  data: SeedData = createSeed();
  readonly tokens = new TokenStore();

  reset(): void {
    this.data = createSeed();
    this.tokens.reset();
  }

  client(id: string): ClientRecord | undefined {
    return this.data.clients.find((client) => client.id === id);
  }

  /** HostBill compares client emails case-insensitively; passwords exactly. */
  authenticate(email: string, password: string): ClientRecord | undefined {
    const wanted = email.trim().toLowerCase();
    return this.data.clients.find((client) => client.email.toLowerCase() === wanted && client.password === password);
  }
}
