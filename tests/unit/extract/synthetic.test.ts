/**
 * The synthetic article generator: deterministic for a seed, articles of the requested size, and facts
 * the extractor recovers (a cheap end-to-end check over many region names and titles).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticArticles } from "../../../bench/corpus/synthetic-articles.ts";
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

  it("include hosts signing with several regions, read with the host as hub", () => {
    const corpus = [...syntheticArticles(resources.gazetteer, { count: 800, seed: 9 })];
    const hosted = corpus.filter((article) => article.facts.events[0]?.hub);
    expect(hosted.length).toBeGreaterThan(15);
    const right = hosted.filter((article) => {
      const [expected] = article.facts.events;
      const [found] = extract(article.text).events;
      return (
        found?.hub === expected?.hub &&
        sorted(found?.parties ?? []).join() === sorted(expected?.parties ?? []).join()
      );
    });
    expect(right.length / hosted.length).toBeGreaterThan(0.95);
  });

  it("name programmes and organisations the extractor recovers with their ids and roles", () => {
    let programmesRight = 0;
    let programmesTotal = 0;
    let organisationsRight = 0;
    let organisationsTotal = 0;
    const corpus = [...syntheticArticles(resources.gazetteer, { count: 300, seed: 3 })];
    for (const article of corpus) {
      const [expected] = article.facts.events;
      const [found] = extract(article.text).events;
      for (const id of expected?.programs ?? []) {
        programmesTotal++;
        if (found?.programRefs.some((p) => p.id === id)) programmesRight++;
      }
      for (const organisation of expected?.organisations ?? []) {
        organisationsTotal++;
        if (found?.organisations.some((o) => o.id === organisation.id && o.role === organisation.role))
          organisationsRight++;
      }
    }
    // About a third of the articles name programmes; a tenth or more name an organisation.
    expect(programmesTotal).toBeGreaterThan(80);
    expect(organisationsTotal).toBeGreaterThan(30);
    expect(programmesRight / programmesTotal).toBeGreaterThan(0.95);
    expect(organisationsRight / organisationsTotal).toBeGreaterThan(0.95);
  });

  it("keep an official's name for a term, so officials recur across articles", () => {
    const corpus = [...syntheticArticles(resources.gazetteer, { count: 2000, seed: 5 })];
    const heads = new Map<string, Set<string>>();
    const mentions = new Map<string, number>();
    const titlesOf = new Map<string, Set<string>>();
    for (const article of corpus) {
      const year = article.facts.events[0]!.date.slice(0, 4);
      for (const person of article.facts.people) {
        const who = `${person.region} ${person.name}`;
        mentions.set(who, (mentions.get(who) ?? 0) + 1);
        titlesOf.set(who, (titlesOf.get(who) ?? new Set()).add(person.title));
        if (["Bupati", "Wali Kota"].includes(person.title)) {
          const key = `${person.region} ${year}`;
          heads.set(key, (heads.get(key) ?? new Set()).add(person.name));
        }
      }
    }
    // One head per region and year, whichever article names them.
    for (const names of heads.values()) expect(names.size).toBe(1);
    // Officials appear in several articles, and some hold two titles over the years (a promotion).
    const perPerson = [...mentions.values()];
    expect(perPerson.reduce((a, b) => a + b, 0) / perPerson.length).toBeGreaterThan(1.5);
    expect([...titlesOf.values()].filter((titles) => titles.size > 1).length).toBeGreaterThan(0);
  });
});
