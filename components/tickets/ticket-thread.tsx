import { Headset, User } from "lucide-react";

import type { ThreadMessage } from "@/lib/capabilities/tickets/types";
import { cn } from "@/lib/ui/cn";

/**
 * The conversation, oldest first. Bodies are plain text: React escapes them, and `whitespace-pre-wrap`
 * keeps the author's line breaks (never HTML from the provider).
 */
export function TicketThread({ messages }: { messages: ThreadMessage[] }) {
  return (
    <ol className="space-y-4" aria-label="Conversation">
      {messages.map((message) => {
        const staff = message.from === "staff";
        return (
          <li key={message.id} className={cn("flex", staff ? "justify-start" : "justify-end")} data-testid="thread-message" data-from={message.from}>
            <article
              className={cn(
                "w-full max-w-2xl rounded-lg border p-4 sm:w-[85%]",
                staff
                  ? "border-amber-200 bg-amber-50 dark:border-amber-900/60 dark:bg-amber-950/30"
                  : "border-brand-100 bg-brand-50 dark:border-brand-700/40 dark:bg-brand-700/10",
              )}
            >
              <header className="mb-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                {staff ? <Headset className="h-4 w-4" aria-hidden /> : <User className="h-4 w-4" aria-hidden />}
                <span className="font-semibold text-slate-800 dark:text-slate-200">{message.author}</span>
                <span
                  className={cn(
                    "rounded px-1.5 py-0.5 font-medium",
                    staff
                      ? "bg-amber-200/70 text-amber-900 dark:bg-amber-900/60 dark:text-amber-200"
                      : "bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100",
                  )}
                >
                  {staff ? "Provider staff" : "Our team"}
                </span>
                <time className="tabular-nums">{message.date}</time>
              </header>
              <p className="whitespace-pre-wrap break-words text-sm" data-testid="message-body">
                {message.body}
              </p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
