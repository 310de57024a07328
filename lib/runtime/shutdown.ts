/**
 * Graceful shutdown of the server process, in phases: on SIGTERM/SIGINT the jobs stop taking work at once
 * (running ones finish), while Next.js stops accepting connections and finishes in-flight requests; when
 * Next.js then exits, the process waits for the jobs, then closes the sandbox, the shared store and last
 * the database. Lives on globalThis: instrumentation and route code are separate module graphs.
 */
export type ShutdownPhase = "jobs" | "services" | "stores" | "database";

const phases: ShutdownPhase[] = ["jobs", "services", "stores", "database"];

interface Closer {
  phase: ShutdownPhase;
  name: string;
  close(): Promise<void>;
}

interface ShutdownState {
  closers: Closer[];
  draining: boolean;
  /** Set once the jobs phase has begun, so it runs only once. */
  jobsStopped?: Promise<void>;
  finished?: Promise<void>;
}

const globalForShutdown = globalThis as { hostdeckShutdown?: ShutdownState };
const state = (globalForShutdown.hostdeckShutdown ??= { closers: [], draining: false });

/** A process that must stop within its platform's grace period (Kubernetes and systemd give 30 s). */
const HARD_DEADLINE_MS = 25_000;

export function onShutdown(phase: ShutdownPhase, name: string, close: () => Promise<void>): void {
  state.closers.push({ phase, name, close });
}

/** True from the first stop signal on: readiness answers 503 so a load balancer sends no new work. */
export function isDraining(): boolean {
  return state.draining;
}

async function runPhase(phase: ShutdownPhase): Promise<void> {
  const closers = state.closers.filter((closer) => closer.phase === phase);
  await Promise.all(
    closers.map(async (closer) => {
      try {
        await closer.close();
      } catch (error) {
        console.error(`Shutdown: closing ${closer.name} failed:`, error);
      }
    }),
  );
}

function stopJobs(): Promise<void> {
  state.draining = true;
  state.jobsStopped ??= runPhase("jobs");
  return state.jobsStopped;
}

/** Runs every phase in order, once; later calls wait for the first. */
export function closeEverything(): Promise<void> {
  state.finished ??= (async () => {
    await stopJobs();
    for (const phase of phases.slice(1)) await runPhase(phase);
    console.log("Hostdeck stopped: requests and jobs finished, connections closed.");
  })();
  return state.finished;
}

/**
 * Inside `next start`: Next.js handles the signal (closes the HTTP server, waits for in-flight requests,
 * then calls process.exit). The jobs stop at the signal; the exit Next.js asks for is held until the rest
 * has closed, or the deadline passes.
 */
export function shutDownBesideNext(): void {
  const onSignal = () => {
    void stopJobs();
    const exit = process.exit.bind(process);
    const deadline = setTimeout(() => exit(1), HARD_DEADLINE_MS);
    deadline.unref();
    process.exit = ((code?: number | string | null) => {
      void closeEverything().finally(() => exit(code ?? 0));
    }) as typeof process.exit;
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}

/** In a process of our own (the worker): close everything on the signal, then exit. */
export function shutDownAlone(): void {
  const onSignal = () => {
    setTimeout(() => process.exit(1), HARD_DEADLINE_MS).unref();
    void closeEverything().finally(() => process.exit(0));
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
