import type { ReactNode } from "react";

export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 flex items-center justify-center gap-2 text-xl font-semibold tracking-tight">
          <span className="flex h-9 w-9 items-center justify-center rounded-md bg-brand-600 font-bold text-white">H</span>
          Hostdeck
        </div>
        {children}
      </div>
    </main>
  );
}
