/** A proxy location: its country code (X4B's `flag`) as a small tag, and its name. Emoji flags do not render everywhere. */
export function ServerLabel({ server }: { server: { name: string; flag: string } }) {
  const code = server.flag.trim().toUpperCase();
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      {/^[A-Z]{2}$/.test(code) ? (
        <span
          aria-label={`Flag ${code}`}
          className="rounded bg-slate-100 px-1 py-px text-[10px] font-semibold tracking-wide text-slate-600 dark:bg-slate-800 dark:text-slate-300"
        >
          {code}
        </span>
      ) : null}
      {server.name}
    </span>
  );
}
