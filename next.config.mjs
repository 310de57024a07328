/** @type {import('next').NextConfig} */
const nextConfig = {
  // Parallel builds (e.g. several e2e runs on one machine) each get their own output folder.
  distDir: process.env.HOSTDECK_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` (part of `npm test`) checks the whole project, tests included; not twice.
  typescript: { ignoreBuildErrors: true },
  // Native and WASM packages stay out of the server bundle and are loaded from node_modules at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
    "pg",
    "pg-boss",
    "ioredis",
    "undici",
  ],
  // Security headers (CSP with a per-request nonce, HSTS, COOP…) are set by the edge handler in front of Next
  // (lib/http/edge.ts, scripts/serve.ts), which also knows whether the client came over https.
};

export default nextConfig;
