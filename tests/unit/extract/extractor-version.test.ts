/**
 * EXTRACTOR_VERSION moves with the extractor's output: a hash of what the extractor gives for a fixed set
 * of articles (the seeds, a synthetic corpus, and the dev corpus where ../shared holds it) is pinned in
 * extractor-output.pin.json together with the version. Output changed, version not: stored documents would
 * keep the old facts and `npm run reextract` would not know, so this fails and says what to do.
 *
 * To update the pin after a bump: UPDATE_EXTRACTOR_PIN=1 npx vitest run tests/unit/extract/extractor-version.test.ts
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticArticles } from "../../../bench/corpus/synthetic-articles.ts";
import { extractArticle } from "../../../server/pipeline/extract/extract-facts.ts";
import { EXTRACTOR_VERSION } from "../../../server/pipeline/extract/extractor-version.ts";
import { loadGazetteer } from "../../../server/pipeline/extract/gazetteer.ts";
import { projectRoot, seedsDir } from "../../../server/paths.ts";
import { resourcesReady } from "./_extract.ts";

const PIN_FILE = fileURLToPath(new URL("./extractor-output.pin.json", import.meta.url));
const DEV_CORPUS = join(projectRoot, "..", "shared", "corpus", "dev", "articles");
const SYNTHETIC_ARTICLES = 150;

interface Pin {
  version: number;
  repository: string;
  devCorpus: string;
}

const UPDATE = process.env.UPDATE_EXTRACTOR_PIN === "1";

/** The extractor's whole output (text and facts) for each text, in order, hashed. */
async function outputHash(texts: Iterable<string>): Promise<string> {
  const resources = await resourcesReady();
  const hash = createHash("sha256");
  for (const text of texts) hash.update(JSON.stringify(extractArticle(text, {}, resources))).update("\n");
  return hash.digest("hex");
}

function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(join(dir, name), "utf8"));
}

async function repositoryTexts(): Promise<string[]> {
  const gazetteer = await loadGazetteer();
  const synthetic = [...syntheticArticles(gazetteer, { count: SYNTHETIC_ARTICLES, seed: 22 })];
  return [...filesIn(seedsDir), ...synthetic.map((article) => article.text)];
}

const MESSAGE =
  "The extractor's output changed but EXTRACTOR_VERSION did not. Bump it in " +
  "server/pipeline/extract/extractor-version.ts (stored documents are then redone by `npm run reextract`) " +
  "and update the pin: UPDATE_EXTRACTOR_PIN=1 npx vitest run tests/unit/extract/extractor-version.test.ts";

let pin: Pin;
let current: Pin;

beforeAll(async () => {
  pin = JSON.parse(readFileSync(PIN_FILE, "utf8")) as Pin;
  current = {
    version: EXTRACTOR_VERSION,
    repository: await outputHash(await repositoryTexts()),
    devCorpus: existsSync(DEV_CORPUS) ? await outputHash(filesIn(DEV_CORPUS)) : pin.devCorpus,
  };
  if (UPDATE) {
    writeFileSync(PIN_FILE, `${JSON.stringify(current, null, 2)}\n`);
    pin = current;
  }
}, 120_000);

describe("EXTRACTOR_VERSION", () => {
  it("is a positive integer", () => {
    expect(Number.isInteger(EXTRACTOR_VERSION) && EXTRACTOR_VERSION > 0).toBe(true);
  });

  it("is the version the pinned output was made with (update the pin after a bump)", () => {
    expect(pin.version, `the pin is for version ${pin.version}: update it (see this file's header)`).toBe(
      EXTRACTOR_VERSION,
    );
  });

  it("is bumped when the output on the seeds and the synthetic corpus changes", () => {
    expect(current.repository, MESSAGE).toBe(pin.repository);
  });

  it.skipIf(!existsSync(DEV_CORPUS))("is bumped when the output on the dev corpus changes", () => {
    expect(current.devCorpus, MESSAGE).toBe(pin.devCorpus);
  });
});
