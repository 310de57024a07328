/** Formatting is Prettier's, once for everyone: imports sorted in groups, Tailwind classes in their canonical order. */
const config = {
  printWidth: 160,
  plugins: ["@ianvs/prettier-plugin-sort-imports", "prettier-plugin-tailwindcss"],
  importOrder: ["<BUILTIN_MODULES>", "", "<THIRD_PARTY_MODULES>", "", "^@/(.*)$", "", "^[.]"],
  importOrderTypeScriptVersion: "5.9.0",
  tailwindConfig: "./tailwind.config.ts",
};

export default config;
