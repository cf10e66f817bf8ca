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

/** Adjacent letter pairs of a key, with a boundary mark at each end so short names have some. */
function bigrams(key: string): string[] {
  const padded = `^${key}$`;
  const grams: string[] = [];
  for (let i = 0; i + 2 <= padded.length; i++) grams.push(padded.slice(i, i + 2));
  return grams;
}

/**
 * The known officials of one region, indexed so a mention is compared with the few that could be the
 * same person instead of all of them: a region gathers hundreds of officials over a decade of news, and
 * comparing every new mention with each (an edit distance apiece) made the loader slower as the graph
 * grew. The index finds every candidate `sameName` can accept, and few others:
 * - an equal key, from a map;
 * - a token subset: the set of the shorter name's tokens is inside the other's, so the two share as
 *   many distinct tokens as one of them has; counted from the token postings;
 * - a spelling within 2 edits: an edit destroys at most two bigrams (q-gram lemma), so two names within
 *   2 edits share all but at most 4 of the distinct padded bigrams of each; counted from the bigram
 *   postings.
 * Candidates are tried in the order they became known, as a plain scan would.
 *
 * The counts go into typed arrays reused from call to call (and left zeroed), not Maps: common tokens and
 * bigrams list much of a region, and counting them in Maps, then calling `sameName` on everyone who
 * shared a single token (a common given name), was most of the ingest's identity time on the main thread.
 */
export class RegionOfficials {
  private readonly people: KnownPerson[] = [];
  private readonly byKey = new Map<string, KnownPerson>();
  private readonly byToken = new Map<string, number[]>();
  private readonly byBigram = new Map<string, number[]>();
  private readonly distinctTokens: number[] = [];
  private readonly distinctBigrams: number[] = [];
  private sharedTokens = new Int32Array(64);
  private sharedBigrams = new Int32Array(64);

  add(person: KnownPerson): void {
    const index = this.people.length;
    this.people.push(person);
    if (!this.byKey.has(person.key)) this.byKey.set(person.key, person);
    const words = new Set(tokens(person.key));
    this.distinctTokens.push(words.size);
    for (const token of words) push(this.byToken, token, index);
    const grams = new Set(bigrams(person.key));
    this.distinctBigrams.push(grams.size);
    for (const gram of grams) push(this.byBigram, gram, index);
  }

  /** The known person with this name: an exact key first, then the first close one. */
  match(key: string): KnownPerson | undefined {
    const exact = this.byKey.get(key);
    if (exact) return exact;
    if (this.sharedTokens.length < this.people.length) {
      this.sharedTokens = new Int32Array(this.people.length * 2);
      this.sharedBigrams = new Int32Array(this.people.length * 2);
    }
    const { sharedTokens, sharedBigrams } = this;
    const touched: number[] = [];
    const words = new Set(tokens(key));
    for (const token of words) {
      for (const i of this.byToken.get(token) ?? []) {
        if (sharedTokens[i] === 0 && sharedBigrams[i] === 0) touched.push(i);
        sharedTokens[i]! += 1;
      }
    }
    const grams = new Set(bigrams(key));
    for (const gram of grams) {
      for (const i of this.byBigram.get(gram) ?? []) {
        if (sharedTokens[i] === 0 && sharedBigrams[i] === 0) touched.push(i);
        sharedBigrams[i]! += 1;
      }
    }
    const candidates: number[] = [];
    for (const i of touched) {
      const tokenSubset =
        sharedTokens[i]! > 0 &&
        (sharedTokens[i] === words.size || sharedTokens[i] === this.distinctTokens[i]);
      const closeSpelling = sharedBigrams[i]! >= Math.max(grams.size, this.distinctBigrams[i]!) - 4;
      if (tokenSubset || closeSpelling) candidates.push(i);
      sharedTokens[i] = 0;
      sharedBigrams[i] = 0;
    }
    return candidates
      .sort((a, b) => a - b)
      .map((i) => this.people[i]!)
      .find((person) => sameName(person.key, key));
  }
}

function push(index: Map<string, number[]>, key: string, value: number) {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** The known person of this region with this name, if any: an exact key first, then a close one. */
export function matchPerson(
  candidates: readonly KnownPerson[],
  regionCode: string,
  key: string,
): KnownPerson | undefined {
  const officials = new RegionOfficials();
  for (const candidate of candidates) if (candidate.regionCode === regionCode) officials.add(candidate);
  return officials.match(key);
}
