import { randomBytes } from "node:crypto";

/** A fresh, unguessable nonce for one response's scripts. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The console's Content-Security-Policy: scripts only with this response's nonce (Next.js puts it on its own
 * scripts when it finds it in the request's policy; 'strict-dynamic' lets those load the chunks they need), no
 * framing, no plugins, forms and connections to this origin only. Inline style attributes stay allowed: React
 * and the chart library set them, and a style cannot run code. Images may come from a provider (server graphs).
 * Development adds what Next's dev server needs. (zod is told not to probe for `eval`: components/providers.tsx.)
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // Usage graphs are images at the provider's own address (any connection's host), signed by the provider.
    "img-src 'self' data: blob: http: https:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Every response's security headers; HSTS only when the client reached us over https. */
export function securityHeaders(csp: string, options: { https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": csp,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
