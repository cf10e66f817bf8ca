/**
 * When two mentions name one official. The rule (docs/graph-model.md): the same region, and names that
 * match after honorifics and degrees are stripped, allowing small spelling differences ("Tri Adhianto" /
 * "Tri Ardianto") and a shorter form of the same name ("Cek Endra" / "H. Cek Endra"). The same name in two
 * regions is two people.
 */
import { distance } from "fastest-levenshtein";

export interface KnownPerson {
  id: string;
  key: string;
  regionCode: string;
}

function tokens(key: string): string[] {
  return key.split(" ").filter((t) => t.length > 0);
}

/** Same person's name: equal keys, at most 2 edits for names of 8+ letters (1 below), or a token subset. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const shorter = Math.min(a.length, b.length);
  const allowed = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
  if (allowed > 0 && distance(a, b) <= allowed) {
    // Edits must not fall on a short given name alone ("Ani" vs "Ana" Susanti are different people).
    const [ta, tb] = [tokens(a), tokens(b)];
    if (ta.length === tb.length && ta.every((t, i) => t === tb[i] || (t.length >= 4 && tb[i]!.length >= 4))) {
      return true;
    }
  }
  const [ta, tb] = [tokens(a), tokens(b)];
  const [small, large] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return small.length >= 2 && small.every((t) => large.includes(t));
}

export function newPersonId(regionCode: string, key: string): string {
  return `person:${regionCode}:${key.replaceAll(" ", "-")}`;
}

/** The known person of this region with this name, if any: an exact key first, then a close one. */
export function matchPerson(
  candidates: readonly KnownPerson[],
  regionCode: string,
  key: string,
): KnownPerson | undefined {
  const inRegion = candidates.filter((c) => c.regionCode === regionCode);
  return inRegion.find((c) => c.key === key) ?? inRegion.find((c) => sameName(c.key, key));
}
