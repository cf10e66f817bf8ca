import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  datesCompatible,
  matchEvent,
  newEventId,
  partyKeyOf,
  preciserDate,
} from "../../../server/pipeline/load/event-identity.ts";
import {
  matchPerson,
  newPersonId,
  RegionOfficials,
  sameName,
  type KnownPerson,
} from "../../../server/pipeline/load/person-identity.ts";

describe("event identity", () => {
  it("keys parties as a sorted set", () => {
    expect(partyKeyOf(["52.07", "32.75", "52.07"])).toBe("32.75|52.07");
  });

  it("treats a day and its month as compatible, other dates not", () => {
    expect(datesCompatible("2019-03-13", "2019-03-13")).toBe(true);
    expect(datesCompatible("2019-03", "2019-03-13")).toBe(true);
    expect(datesCompatible("2019-03-13", "2019-03")).toBe(true);
    expect(datesCompatible("2019-03-13", "2019-03-14")).toBe(false);
    expect(datesCompatible("2019-03", "2019-04")).toBe(false);
    expect(datesCompatible(null, "2019-03")).toBe(false);
    expect(preciserDate("2019-03", "2019-03-13")).toBe("2019-03-13");
  });

  it("gives a month-only report and a dated one of the same month the same new id", () => {
    const a = newEventId("agreement", "32.73|36.01", "2019-03-13", "sha256:a");
    expect(newEventId("agreement", "32.73|36.01", "2019-03", "sha256:b")).toBe(a);
    expect(newEventId("audience", "32.73|36.01", "2019-03-13", "sha256:a")).not.toBe(a);
    expect(newEventId("agreement", "32.73|36.01", null, "sha256:a")).not.toBe(
      newEventId("agreement", "32.73|36.01", null, "sha256:b"),
    );
  });

  it("matches the same kind and parties on a compatible date, preferring the exact day", () => {
    const known = [
      { id: "e1", kind: "agreement", partyKey: "a|b", date: "2019-03" },
      { id: "e2", kind: "agreement", partyKey: "a|b", date: "2019-03-13" },
      { id: "e3", kind: "audience", partyKey: "a|b", date: "2019-03-13" },
    ];
    expect(matchEvent(known, "agreement", "a|b", "2019-03-13")?.id).toBe("e2");
    expect(matchEvent(known, "agreement", "a|b", "2019-03-20")?.id).toBe("e1");
    expect(matchEvent(known, "agreement", "a|c", "2019-03-13")).toBeUndefined();
    expect(matchEvent(known, "agreement", "a|b", "2020-01-01")).toBeUndefined();
  });
});

describe("person identity", () => {
  it("accepts small spelling differences and shorter forms of a name", () => {
    expect(sameName("tri adhianto", "tri ardianto")).toBe(true);
    expect(sameName("cek endra", "h cek endra")).toBe(true);
    expect(sameName("sandiaga salahudin uno", "sandiaga uno")).toBe(true);
  });

  it("keeps different people apart", () => {
    expect(sameName("ahmad yani", "ahmad yusuf")).toBe(false);
    expect(sameName("ani susanti", "ana susanti")).toBe(false);
    expect(sameName("koswara", "kuswara santosa")).toBe(false);
  });

  it("never matches across regions", () => {
    const known = [{ id: newPersonId("52.07", "ahmad yani"), key: "ahmad yani", regionCode: "52.07" }];
    expect(matchPerson(known, "16.03", "ahmad yani")).toBeUndefined();
    expect(matchPerson(known, "52.07", "ahmad yani")?.id).toBe("person:52.07:ahmad-yani");
  });

  it("finds through its index exactly the person a scan of every official finds", () => {
    // Names from few letters and syllables, so near-misses (one or two edits, shared tokens) are common.
    const syllable = fc.constantFrom(
      "an",
      "ri",
      "su",
      "to",
      "di",
      "ya",
      "ni",
      "ah",
      "mad",
      "tri",
      "wan",
      "o",
    );
    const word = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((s) => s.join(""));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), name, (known, mention) => {
        const people: KnownPerson[] = known.map((key, i) => ({ id: `p${i}`, key, regionCode: "32.75" }));
        const officials = new RegionOfficials();
        for (const person of people) officials.add(person);
        const scanned = people.find((p) => p.key === mention) ?? people.find((p) => sameName(p.key, mention));
        expect(officials.match(mention)?.id).toBe(scanned?.id);
      }),
      { numRuns: 2000 },
    );
  });
});
