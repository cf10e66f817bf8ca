// @ts-check
/**
 * Lint rules for the whole tree: typescript-eslint's recommended set, plus the architectural rules the
 * house style asks a linter to hold: the shared zod schemas import nothing but zod, so the browser bundle
 * can use them without dragging server code along; the product (server/, web/src/) never imports the
 * benchmarks, fuzzing and synthetic corpora of bench/ (tests may); and no repository imports another.
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".data/", ".venv/", "dist/", "web/dist/", "neo4j/", "tests/artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["server/schemas/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!zod$|\\./|\\.\\./schemas/).*",
              message: "server/schemas/ is shared with the browser: import only zod and sibling schemas.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/**/*.ts", "web/src/**/*.ts"],
    ignores: ["server/schemas/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+bench/",
              message:
                "bench/ is tooling: the product must not depend on benchmarks, fuzzing or synthetic corpora.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/plugins/app/**/*-repository.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "-repository\\.ts$",
              message: "A repository never imports another: move the shared piece into a module of its own.",
            },
            { regex: "^(\\.\\./)+bench/", message: "bench/ is tooling." },
          ],
        },
      ],
    },
  },
);
