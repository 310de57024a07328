"use client";

/** The root layout itself failed: the one page that must not depend on anything else of the app. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>Hostdeck could not be shown</h1>
        <p>Something went wrong on our side.{error.digest ? ` Reference: ${error.digest}.` : ""}</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
