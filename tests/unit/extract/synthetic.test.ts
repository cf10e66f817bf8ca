/**
 * The synthetic article generator: deterministic for a seed, articles of the requested size, and facts
 * the extractor recovers (a cheap end-to-end check over many region names and titles).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticArticles } from "../../../server/pipeline/extract/synthetic-articles.ts";
import { extract, resourcesReady, sorted } from "./_extract.ts";
import type { ExtractionResources } from "../../../server/pipeline/extract/extract-facts.ts";

let resources: ExtractionResources;

beforeAll(async () => {
  resources = await resourcesReady();
});

describe("synthetic articles", () => {
  it("are the same for the same seed and sized as asked", () => {
    const a = [...syntheticArticles(resources.gazetteer, { count: 5, seed: 42 })];
    const b = [...syntheticArticles(resources.gazetteer, { count: 5, seed: 42 })];
    expect(a).toEqual(b);
    for (const article of a) expect(article.text.length).toBeGreaterThanOrEqual(2000);
  });

  it("have their events and officials recovered by the extractor", () => {
    let eventsRight = 0;
    let peopleRight = 0;
    let peopleTotal = 0;
    const corpus = [...syntheticArticles(resources.gazetteer, { count: 150, seed: 9 })];
    for (const article of corpus) {
      const facts = extract(article.text);
      const [expected] = article.facts.events;
      const [found] = facts.events;
      if (
        found?.kind === expected?.kind &&
        found?.date === expected?.date &&
        sorted(found?.parties ?? []).join() === sorted(expected?.parties ?? []).join()
      ) {
        eventsRight++;
      }
      for (const person of article.facts.people) {
        peopleTotal++;
        if (facts.people.some((p) => p.region === person.region && p.name === person.name)) peopleRight++;
      }
    }
    expect(eventsRight / corpus.length).toBeGreaterThan(0.95);
    expect(peopleRight / peopleTotal).toBeGreaterThan(0.95);
  });
});
