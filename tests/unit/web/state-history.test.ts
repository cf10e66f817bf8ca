/**
 * The store's history and the layout in the link: undo then redo returns to the same view, a new change
 * drops the redo stack, the language survives both; positions and viewport survive encode → decode (a
 * property over random layouts), hostile `lay`/`vp` values decode to nothing rather than to wrong places,
 * and expansions by depth and by type survive the URL.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodePositions,
  decodeViewport,
  encodePositions,
  encodeViewport,
  idHash,
  positionsFor,
} from "../../../web/src/state/layout-codec.ts";
import { Store, type Address } from "../../../web/src/state/store.ts";
import { decodeViewState, defaultViewState, encodeViewState } from "../../../web/src/state/view-state.ts";
import { addExpansion } from "../../../web/src/graph/actions.ts";

function address(search = ""): Address & { url: string } {
  const a = {
    search,
    origin: "http://127.0.0.1:1",
    pathname: "/",
    url: "",
    replace(url: string) {
      a.url = url;
      a.search = url.slice(1);
    },
  };
  return a;
}

describe("undo and redo", () => {
  it("walks back and forth through undoable changes, keeping the language", () => {
    const store = new Store(defaultViewState(), address());
    store.update((s) => void s.hidden.push("32.75"), { undoable: true });
    store.update((s) => void s.hidden.push("52.07"), { undoable: true });
    store.update((s) => void (s.lang = "en"));
    expect(store.undo()).toBe(true);
    expect(store.state.hidden).toEqual(["32.75"]);
    expect(store.state.lang).toBe("en");
    expect(store.canRedo).toBe(true);
    expect(store.redo()).toBe(true);
    expect(store.state.hidden).toEqual(["32.75", "52.07"]);
    expect(store.redo()).toBe(false);
    store.undo();
    store.undo();
    expect(store.state.hidden).toEqual([]);
    expect(store.undo()).toBe(false);
    store.redo();
    store.update((s) => void s.pinned.push("31"), { undoable: true });
    expect(store.canRedo).toBe(false);
  });

  it("keeps the layout in the link, beside the view", () => {
    const a = address("?x=32.75&lay=abcde1.2&vp=3e8.1.2");
    const store = new Store(decodeViewState(a.search), a);
    expect(store.initialLayout.positions.get("abcde")).toEqual({ x: 1, y: 2 });
    expect(store.shareUrl()).toBe("http://127.0.0.1:1/?x=32.75&lay=abcde1.2&vp=3e8.1.2");
    store.setLayout("fghij3.4", "");
    expect(a.url).toBe("/?x=32.75&lay=fghij3.4");
  });
});

describe("positions in the link", () => {
  const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 60 });
  it("survive encode → decode to the unit (property)", () => {
    fc.assert(
      fc.property(
        ids,
        fc.array(fc.tuple(fc.integer({ min: -50000, max: 50000 }), fc.integer({ min: -50000, max: 50000 }))),
        (list, coords) => {
          const positions = new Map(
            list.map((id, i) => [id, { x: coords[i]?.[0] ?? i, y: (coords[i]?.[1] ?? -i) + 0 }]),
          );
          const text = encodePositions(positions);
          expect(text).toMatch(/^[0-9a-z._-]+$/);
          const back = positionsFor(list, decodePositions(text));
          const hashes = list.map(idHash);
          for (const [id, p] of positions) {
            const shared = hashes.filter((h) => h === idHash(id)).length > 1;
            if (shared) expect(back.has(id)).toBe(false);
            else expect(back.get(id)).toEqual(p);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("decodes hostile text to nothing placed", () => {
    for (const text of [
      "",
      "zzz",
      "abcde",
      "abcde1",
      "abcde1.",
      "ABCDE1.2",
      "abcde1.2.3",
      "<script>",
      "abcde99999999.1",
      "%00",
    ])
      expect(decodePositions(text).size).toBe(0);
    expect(decodeViewport("1.2")).toBeNull();
    expect(decodeViewport("0.0.0")).toBeNull();
    expect(decodeViewport("zzzzzz.1.1")).toBeNull();
    expect(decodeViewport(encodeViewport({ zoom: 1.25, pan: { x: -40, y: 12 } }))).toEqual({
      zoom: 1.25,
      pan: { x: -40, y: 12 },
    });
  });
});

describe("expansions by depth and by type", () => {
  it("survive the URL and widen, never narrow", () => {
    const state = defaultViewState();
    addExpansion(state, "32.75");
    addExpansion(state, "32.75", { depth: 2 });
    addExpansion(state, "32.75", { types: ["event"] });
    addExpansion(state, "program:stbm", { types: ["person", "event"] });
    expect(state.expanded).toEqual([
      { id: "32.75", limit: 25, depth: 2, types: ["region", "event"] },
      { id: "program:stbm", limit: 25, types: ["person", "event"] },
    ]);
    const back = decodeViewState(encodeViewState(state));
    expect(back.expanded).toEqual([
      { id: "32.75", limit: 25, depth: 2, types: ["region", "event"] },
      { id: "program:stbm", limit: 25, types: ["event", "person"] },
    ]);
    expect(encodeViewState(state)).toContain("x=25d2tre%7E32.75");
  });

  it("drops malformed expansion prefixes", () => {
    for (const x of ["25d9~32.75", "25t~32.75", "25tq~32.75", "0~32.75"])
      expect(decodeViewState(`x=${encodeURIComponent(x)}`).expanded).toEqual([]);
  });
});
