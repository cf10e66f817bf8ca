/**
 * `npm run gen:corpus -- --articles N --out DIR [--seed S]`: writes N synthetic articles (and the facts
 * each was written from) for load tests and benchmarks. See bench/corpus/synthetic-corpus.ts.
 */
import { parseArgs } from "node:util";
import { writeSyntheticCorpus } from "./synthetic-corpus.ts";

const USAGE = "usage: npm run gen:corpus -- --articles N --out DIR [--seed S]";

let values;
try {
  ({ values } = parseArgs({
    options: {
      articles: { type: "string" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
    },
  }));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(2);
}
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const started = Date.now();
const written = await writeSyntheticCorpus({
  articles,
  out: values.out,
  seed,
  onProgress: (n) => process.stderr.write(`\rgen:corpus: ${n}/${articles}`),
});
process.stderr.write(
  `\rgen:corpus: ${written} articles in ${values.out} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);
