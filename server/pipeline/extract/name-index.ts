/**
 * The names already met in an article, found again by "the same person printed another way": a subset
 * of the words ("Sandiaga Uno" for "Sandiaga Salahudin Uno"), one word that is the first or last
 * ("Mahyeldi"), or a typo ("Usuludin" / "Usuluddin").
 *
 * Why an index: comparing each new name with every name met before is quadratic, and an article of
 * thousands of officials (hostile or just long) must stay linear. Two names that are the same person
 * share a word, or (typos) their first two letters and word count, so only those buckets are compared;
 * a bucket stops growing at a bound, which no real article reaches.
 */
import { distance } from "fastest-levenshtein";

/** Entries compared per bucket at most: real articles name a handful of officials per word. */
const BUCKET_LIMIT = 64;

/** Same number of words, same first word's initial: "Anies Abswedan" may be "Anies Baswedan", "Hadi" is not "Andi". */
function sameInitials(a: string, b: string): boolean {
  return a.charCodeAt(0) === b.charCodeAt(0) && spaces(a) === spaces(b);
}

function spaces(s: string): number {
  let count = 0;
  for (let i = s.indexOf(" "); i >= 0; i = s.indexOf(" ", i + 1)) count++;
  return count;
}

/** One person printed two ways: a subset of the words ("Sandiaga Uno"), or a typo ("Usuludin"). */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const typos = a.length >= 10 ? 2 : 1;
  if (
    Math.min(a.length, b.length) >= 8 &&
    Math.abs(a.length - b.length) <= typos &&
    sameInitials(a, b) &&
    distance(a, b) <= typos
  ) {
    return true;
  }
  // Two different one-word names are two people: no need to split them.
  if (!a.includes(" ") && !b.includes(" ")) return false;
  const x = a.split(" ");
  const y = b.split(" ");
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 1) return short[0] === long[0] || short[0] === long[long.length - 1];
  return short.every((w) => long.includes(w));
}

/** Below this many names a plain scan is cheaper than buckets (most articles name a handful). */
const SCAN_LIMIT = 16;

export class NameIndex<T> {
  private readonly entries: { key: string; value: T }[] = [];
  private buckets: Map<string, number[]> | null = null;

  private static bucketsOf(key: string): string[] {
    const words = key.split(" ");
    words.push(`${key.slice(0, 2)}\u0000${words.length}`);
    return words;
  }

  private index(position: number): void {
    const buckets = this.buckets as Map<string, number[]>;
    for (const bucket of NameIndex.bucketsOf((this.entries[position] as { key: string }).key)) {
      const list = buckets.get(bucket);
      if (!list) buckets.set(bucket, [position]);
      else if (list.length < BUCKET_LIMIT && list[list.length - 1] !== position) list.push(position);
    }
  }

  /** Adds a name (an identity key: lower case, no honorifics). */
  add(key: string, value: T): void {
    this.entries.push({ key, value });
    if (this.buckets) this.index(this.entries.length - 1);
    else if (this.entries.length > SCAN_LIMIT) {
      this.buckets = new Map();
      for (let k = 0; k < this.entries.length; k++) this.index(k);
    }
  }

  /** The earliest added entry that names the same person as `key`, if any. */
  find(key: string, accept: (value: T) => boolean = () => true): T | undefined {
    if (!this.buckets) {
      for (const entry of this.entries)
        if (accept(entry.value) && sameName(entry.key, key)) return entry.value;
      return undefined;
    }
    let best = -1;
    for (const bucket of NameIndex.bucketsOf(key)) {
      for (const position of this.buckets.get(bucket) ?? []) {
        if (best >= 0 && position >= best) break;
        const entry = this.entries[position] as { key: string; value: T };
        if (accept(entry.value) && sameName(entry.key, key)) best = position;
      }
    }
    return best >= 0 ? (this.entries[best] as { key: string; value: T }).value : undefined;
  }
}
