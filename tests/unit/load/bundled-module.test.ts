/**
 * A TypeScript module bundled for a worker thread (server/pipeline/bundled-module.ts): the bundle behaves
 * as its sources do, each module still knowing its own location, a package's JSON inside it; it is built
 * once per process and named by its content.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BUNDLE_CACHE_DIR, bundledModule } from "../../../server/pipeline/bundled-module.ts";
import type * as Entry from "../../fixtures/bundle/entry.ts";

const ENTRY = new URL("../../fixtures/bundle/entry.ts", import.meta.url);

describe("bundledModule", () => {
  it("bundles a module that answers as its sources do", async () => {
    const bundle = await bundledModule(ENTRY);
    expect(fileURLToPath(bundle).startsWith(BUNDLE_CACHE_DIR)).toBe(true);
    expect(basename(fileURLToPath(bundle))).toMatch(/^entry-[0-9a-f]{16}\.mjs$/);
    const loaded = (await import(bundle.href)) as typeof Entry;
    expect(loaded.entryUrl).toBe(ENTRY.href);
    expect(loaded.nestedUrl).toBe(new URL("../../fixtures/bundle/nested/where.ts", import.meta.url).href);
    expect(loaded.indonesia).toBe("Indonesia");
    // The package's data is inside the bundle, not imported from beside it.
    expect(readFileSync(bundle, "utf8")).not.toMatch(/from\s+"i18n-iso-countries/);
  });

  it("builds once per process: asking again gives the same file without building", async () => {
    const [first, second] = await Promise.all([bundledModule(ENTRY), bundledModule(ENTRY)]);
    expect(second.href).toBe(first.href);
    expect(bundledModule(ENTRY)).toBe(bundledModule(ENTRY));
  });

  it("rejects an entry that does not build, and tries again at the next call", async () => {
    const missing = new URL("../../fixtures/bundle/missing.ts", import.meta.url);
    await expect(bundledModule(missing)).rejects.toThrow(/missing\.ts/);
    await expect(bundledModule(missing)).rejects.toThrow(/missing\.ts/);
  });
});
