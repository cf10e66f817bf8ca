/**
 * The parameter rows of one document: which of an official's mentions create a REPORTED_IN. The documents
 * a SERVED_AS rests on are read through the REPORTED_IN carrying its title, so every title a document
 * prints for an official needs its own.
 */
import { describe, expect, it } from "vitest";
import type { Facts, Person } from "../../../server/schemas/facts.ts";
import { appendDocumentRows, emptyRowSets } from "../../../server/pipeline/load/rows.ts";

const TEXT =
  "Sekda Kota Bekasi Reny Hendrawati hadir. Reny Hendrawati, yang juga Plt Wali Kota, membuka acara. " +
  "Sekda Reny Hendrawati menutupnya.";

function mention(title: string, printed: string, from: number): Person {
  const start = TEXT.indexOf(printed, from);
  return {
    name: "Reny Hendrawati",
    displayName: "Reny Hendrawati",
    key: "reny hendrawati",
    title,
    region: "32.75",
    evidence: { text: printed, start, end: start + printed.length },
  };
}

describe("appendDocumentRows", () => {
  it("creates one REPORTED_IN per official and title, not per mention", () => {
    const people = [
      mention("Sekda", "Sekda Kota Bekasi Reny Hendrawati", 0),
      mention("Plt Wali Kota", "Reny Hendrawati, yang juga Plt Wali Kota", 30),
      mention("Sekda", "Sekda Reny Hendrawati", 90),
    ];
    const facts: Facts = {
      document: { id: `sha256:${"a".repeat(64)}`, title: "Rapat", publishedAt: "2024-05-02" },
      events: [],
      people,
      regions: [],
    };
    const rows = emptyRowSets();
    appendDocumentRows(
      rows,
      { facts, text: TEXT },
      [],
      people.map(() => "person:32.75:reny hendrawati"),
    );

    expect(rows.people.map((row) => [row.title, row.firstReport, row.quote])).toEqual([
      ["Sekda", true, "Sekda Kota Bekasi Reny Hendrawati"],
      ["Plt Wali Kota", true, "Reny Hendrawati, yang juga Plt Wali Kota"],
      ["Sekda", false, "Sekda Reny Hendrawati"],
    ]);
  });
});
