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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
