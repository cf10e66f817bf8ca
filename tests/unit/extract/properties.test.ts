/**
 * Property-based checks (fast-check): extraction never throws on any string, its output validates against
 * the facts schema, and every evidence quote is exactly the slice of the normalised text it points at.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { FactsSchema, type Evidence, type Facts } from "../../../server/schemas/facts.ts";
import { foldText, normaliseText } from "../../../server/pipeline/extract/text.ts";
import { extract, resourcesReady } from "./_extract.ts";

beforeAll(async () => {
  await resourcesReady();
});

function evidences(facts: Facts): Evidence[] {
  return [
    ...facts.events.flatMap((e) => [
      e.evidence,
      ...(e.place ? [e.place.evidence] : []),
      ...e.organisations.map((o) => o.evidence),
    ]),
    ...facts.people.map((p) => p.evidence),
    ...facts.regions.flatMap((r) => r.evidence),
  ];
}

/** Fragments of real article language, so random strings also exercise the interesting paths. */
const FRAGMENTS = [
  "Pemerintah Kabupaten Sumbawa Barat",
  "Pemkot Bekasi",
  "Wali Kota Bandung Oded M. Danial",
  "Bupati Bone, H. Andi Asman Sulaiman, S.Sos., M.M.,",
  "menandatangani MoU",
  "kesepakatan bersama",
  "Selasa (5/12/2017)",
  "Senin 26/09",
  "26 Oktober 2021",
  "sister city dengan Kota Kochi, Jepang",
  "di Hotel Fugo Samarinda",
  "disaksikan Wali Kota Jambi",
  "Baca juga: Bupati Sidoarjo",
  "KORANBERNAS.ID--",
  "(gie)",
  "“kutipan",
  "Kabupaten Sumbara Barat",
  "\n",
  ". ",
  ", ",
  "H.Tuwuh",
  "Rakor",
  "audiensi",
  "studi tiru",
];

const articleLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: "binary", maxLength: 6 }),
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(" "));

describe("extraction on arbitrary input", () => {
  it("never throws, validates, and quotes its evidence exactly", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), articleLike), (input) => {
        const facts = extract(input);
        expect(FactsSchema.safeParse(facts).success).toBe(true);
        const text = normaliseText(input);
        for (const evidence of evidences(facts)) {
          expect(evidence.start).toBeGreaterThanOrEqual(0);
          expect(evidence.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("folds text to the same length, so folded offsets are text offsets", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (input) => {
        const text = normaliseText(input);
        expect(foldText(text)).toHaveLength(text.length);
      }),
      { numRuns: 500 },
    );
  });
});
