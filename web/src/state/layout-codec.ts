/**
 * Node positions and the viewport in a share link, compactly: `lay` holds one entry per node, a 5-character
 * base-36 hash of its id followed by its rounded x and y in base 36 (`k3f0a1b.-2c_…`), and `vp` the zoom
 * (thousandths) and pan. Why hashes and not the ids: ids are long (event ids are 30 characters), and the
 * opening page already knows the ids it draws; it hashes them and looks each up. Two ids with the same hash
 * (about one chance in 600,000 for a view of 100 nodes) are both left to the layout, never swapped.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Viewport {
  zoom: number;
  pan: Point;
}

export interface SavedLayout {
  positions: Map<string, Point>;
  viewport: Viewport | null;
}

const HASH_LENGTH = 5;
/** Beyond this many nodes a link would grow past what browsers and chat apps keep; the layout is redone. */
export const MAX_LAID_OUT = 400;

/** FNV-1a over the UTF-16 code units, as 5 base-36 characters. */
export function idHash(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 36 ** HASH_LENGTH).toString(36).padStart(HASH_LENGTH, "0");
}

const int36 = (n: number) => Math.round(n).toString(36);

export function encodePositions(positions: ReadonlyMap<string, Point>): string {
  if (positions.size === 0 || positions.size > MAX_LAID_OUT) return "";
  return [...positions]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, p]) => `${idHash(id)}${int36(p.x)}.${int36(p.y)}`)
    .join("_");
}

/** Entries by hash; malformed entries are skipped, so a truncated link still places what it can. */
export function decodePositions(text: string | null): Map<string, Point> {
  const byHash = new Map<string, Point>();
  if (!text) return byHash;
  const duplicate = new Set<string>();
  for (const entry of text.split("_").slice(0, MAX_LAID_OUT)) {
    const match = /^([0-9a-z]{5})(-?[0-9a-z]{1,7})\.(-?[0-9a-z]{1,7})$/.exec(entry);
    if (!match) continue;
    const x = parseInt(match[2]!, 36);
    const y = parseInt(match[3]!, 36);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (byHash.has(match[1]!)) duplicate.add(match[1]!);
    byHash.set(match[1]!, { x, y });
  }
  for (const hash of duplicate) byHash.delete(hash);
  return byHash;
}

/** Positions of `ids` found in a decoded `lay` (ids whose hash another id of the view shares are left out). */
export function positionsFor(ids: readonly string[], byHash: ReadonlyMap<string, Point>): Map<string, Point> {
  const hashes = new Map<string, string[]>();
  for (const id of ids) {
    const h = idHash(id);
    hashes.set(h, [...(hashes.get(h) ?? []), id]);
  }
  const out = new Map<string, Point>();
  for (const [h, owners] of hashes) {
    const p = byHash.get(h);
    if (p && owners.length === 1) out.set(owners[0]!, p);
  }
  return out;
}

export function encodeViewport(v: Viewport): string {
  return `${int36(v.zoom * 1000)}.${int36(v.pan.x)}.${int36(v.pan.y)}`;
}

export function decodeViewport(text: string | null): Viewport | null {
  const match = text ? /^([0-9a-z]{1,6})\.(-?[0-9a-z]{1,7})\.(-?[0-9a-z]{1,7})$/.exec(text) : null;
  if (!match) return null;
  const zoom = parseInt(match[1]!, 36) / 1000;
  if (!(zoom > 0.01 && zoom <= 10)) return null;
  return { zoom, pan: { x: parseInt(match[2]!, 36), y: parseInt(match[3]!, 36) } };
}

export function decodeLayout(query: string): SavedLayout {
  const params = new URLSearchParams(query);
  return { positions: decodePositions(params.get("lay")), viewport: decodeViewport(params.get("vp")) };
}
