/**
 * Test helper: loads the extraction resources once per test file and extracts an article's facts.
 *
 * Why: resources (gazetteer, compiled matchers) load asynchronously; tests then call the same synchronous
 * `extractFacts` the CLI uses.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Facts } from "../../../server/schemas/facts.ts";
import {
  extractFacts,
  loadExtractionResources,
  type ArticleMeta,
  type ExtractionResources,
} from "../../../server/pipeline/extract/extract-facts.ts";

let resources: ExtractionResources | undefined;

export async function resourcesReady(): Promise<ExtractionResources> {
  resources ??= await loadExtractionResources();
  return resources;
}

export function extract(text: string, meta: ArticleMeta = {}): Facts {
  if (!resources) throw new Error("call resourcesReady() in beforeAll first");
  return extractFacts(text, meta, resources);
}

/** A seed article from the repository's seeds/ folder, by number ("000"). */
export function seed(number: string): string {
  const dir = fileURLToPath(new URL("../../../seeds/", import.meta.url));
  const names: Record<string, string> = {
    "000": "000_01b3066c75840869.txt",
    "001": "001_e80a06404613e12e.txt",
    "002": "002_ff7f55e17abe9b0f.txt",
    "003": "003_e9efd87a95dd0500.txt",
    "004": "004_ce010e5714acd161.txt",
  };
  return readFileSync(`${dir}${names[number] ?? ""}`, "utf8");
}

/** Sorted region codes of a list of parties. */
export function sorted(codes: readonly string[]): string[] {
  return [...codes].sort();
}
