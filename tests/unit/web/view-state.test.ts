/**
 * The view in the URL: defaults encode to nothing, a full view survives encode → decode exactly (a
 * fast-check property over random views, ids with any printable characters), hostile or broken query
 * strings decode to a valid view, never to unchecked values.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_KINDS, MAX_YEAR, MIN_YEAR, NODE_TYPES, SECTOR_IDS } from "../../../web/src/state/filters.ts";
import {
  EXPAND_STEP,
  PANELS,
  decodeViewState,
  defaultViewState,
  encodeViewState,
  normalizeViewState,
  type ViewState,
} from "../../../web/src/state/view-state.ts";

/** Control characters, which node ids may not hold. */
const hasControl = (s: string) => [...s].some((c) => c.charCodeAt(0) < 0x20);

const regionCode = fc.oneof(
  fc.integer({ min: 11, max: 96 }).map(String),
  fc
    .tuple(fc.integer({ min: 11, max: 96 }), fc.integer({ min: 1, max: 79 }))
    .map(([p, r]) => `${p}.${String(r).padStart(2, "0")}`),
  fc.constantFrom("JP", "KR", "NL"),
  fc
    .string({ minLength: 1, maxLength: 30, unit: "grapheme" })
    .filter((s) => !s.includes("/") && !hasControl(s))
    .map((s) => `JP/${s}`),
);
const prefixedId = fc
  .tuple(
    fc.constantFrom("event", "person", "program", "organization", "sector"),
    fc.string({ minLength: 1, maxLength: 40, unit: "binary" }).filter((s) => !hasControl(s)),
  )
  .map(([p, s]) => `${p}:${s}`);
const nodeId = fc.oneof(regionCode, prefixedId);
const ids = fc.uniqueArray(nodeId, { maxLength: 6 });
const subset = <T>(all: readonly T[]) => fc.subarray([...all]);
const year = fc.option(fc.integer({ min: MIN_YEAR, max: MAX_YEAR }), { nil: null });

const viewState: fc.Arbitrary<ViewState> = fc.record({
  lang: fc.constantFrom("id" as const, "en" as const),
  selected: fc.oneof(
    fc.constant(null),
    nodeId.map((id) => ({ kind: "node" as const, id })),
    fc
      .tuple(regionCode, regionCode)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => ({ kind: "pair" as const, a, b })),
  ),
  expanded: fc.uniqueArray(fc.record({ id: nodeId, limit: fc.integer({ min: 1, max: 1000 }) }), {
    maxLength: 5,
    selector: (e) => e.id,
  }),
  added: ids,
  hidden: ids,
  pinned: ids,
  filters: fc.record({
    types: subset(NODE_TYPES),
    kinds: subset(EVENT_KINDS),
    sectors: subset(SECTOR_IDS),
    from: year,
    to: year,
  }),
  path: fc.option(fc.record({ from: nodeId, to: nodeId }), { nil: null }),
  panel: fc.constantFrom(...PANELS),
});

describe("view state in the URL", () => {
  it("encodes the default view as an empty query", () => {
    expect(encodeViewState(defaultViewState())).toBe("");
    expect(decodeViewState("")).toEqual(defaultViewState());
  });

  it("reads a hand-written link", () => {
    const state = decodeViewState(
      "?lang=en&sel=32.75&x=32.75&x=50~52.07&from=2019&to=2024&kinds=audience,agreement",
    );
    expect(state.lang).toBe("en");
    expect(state.selected).toEqual({ kind: "node", id: "32.75" });
    expect(state.expanded).toEqual([
      { id: "32.75", limit: EXPAND_STEP },
      { id: "52.07", limit: 50 },
    ]);
    expect(state.filters).toMatchObject({ from: 2019, to: 2024, kinds: ["agreement", "audience"] });
  });

  it("round-trips every view exactly (property)", () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const normal = normalizeViewState(state);
        expect(decodeViewState(encodeViewState(state))).toEqual(normal);
        expect(encodeViewState(decodeViewState(encodeViewState(state)))).toBe(encodeViewState(state));
      }),
      { numRuns: 500 },
    );
  });

  it("drops what fails its schema instead of trusting it", () => {
    const state = decodeViewState(
      "sel=<script>&x=DROP TABLE&x=99999~32.75&a=javascript:alert(1)&types=region,bogus&from=12&to=abcd&panel=evil&lang=fr&pair=32.75&pair=32.75",
    );
    expect(state.selected).toBeNull();
    expect(state.expanded).toEqual([]);
    expect(state.added).toEqual([]);
    expect(state.filters.types).toEqual(["region"]);
    expect(state.filters.from).toBeNull();
    expect(state.filters.to).toBeNull();
    expect(state.panel).toBe("overview");
    expect(state.lang).toBe("id");
  });

  it("never throws on arbitrary query strings (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const state = decodeViewState(query);
        expect(decodeViewState(encodeViewState(state))).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});
