/**
 * An article's officials by personal name, for the event stage: "Bupati Gowa, Andi Saputra, tiba ... Bupati
 * Bone menerima kunjungan Andi Saputra" names Gowa as a party only through the name introduced earlier.
 *
 * Why here: the people stage already knows which name belongs to which region (from the title, the
 * official accompanied, the sentence); the event stage asks, for a span of text, which of those names it
 * contains. National officials (region ID) are left out: they are never a party. Foreign officials named
 * with a title ("Wali Kota Suwon, Korea Selatan, Lee Jae-Joon") are in, with their foreign region code.
 */
import type { Person } from "../../schemas/facts.ts";
import { NATIONAL } from "./officials.ts";

export interface NamedOfficial {
  /** The region the official serves: a Kemendagri code, or `CC`/`CC/Name` abroad. */
  region: string;
  /** The official as the people stage found them, with the evidence of their title and name. */
  person: Person;
}

export interface OfficialName extends NamedOfficial {
  /** Where the name stands in the article text (end exclusive). */
  start: number;
  end: number;
}

/** Identity key ("andi saputra") -> the official, for every regional or foreign official of the article. */
export function officialsByName(people: readonly Person[]): Map<string, NamedOfficial> {
  const byName = new Map<string, NamedOfficial>();
  for (const person of people) {
    if (person.region !== NATIONAL && !byName.has(person.key))
      byName.set(person.key, { region: person.region, person });
  }
  return byName;
}

/** Short words that are too common on their own to stand for one official ("Andi", "Muhammad"). */
const MIN_SINGLE_WORD = 4;

function isLetter(ch: string): boolean {
  return ch !== "" && ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * The ways an article refers back to an official: the printed name, the identity key, and a first or last
 * word of the key that no other official of the article shares ("Mahyeldi" for Mahyeldi Ansharullah).
 */
function surfaces(people: readonly Person[]): { surface: string; official: NamedOfficial }[] {
  const officials = [...officialsByName(people).values()];
  const wordCount = new Map<string, number>();
  for (const { person } of officials) {
    for (const word of new Set(person.key.split(" "))) wordCount.set(word, (wordCount.get(word) ?? 0) + 1);
  }
  const list: { surface: string; official: NamedOfficial }[] = [];
  for (const official of officials) {
    const forms = new Set([official.person.name.toLowerCase(), official.person.key]);
    const words = official.person.key.split(" ");
    for (const word of [words[0], words[words.length - 1]]) {
      if (word && word.length >= MIN_SINGLE_WORD && wordCount.get(word) === 1) forms.add(word);
    }
    for (const surface of forms) if (surface.length >= 3) list.push({ surface, official });
  }
  return list;
}

/**
 * The officials' names that occur in `text.slice(start, end)`, each written capitalised and as a whole
 * word, longest first where two overlap, in text order.
 */
export function findOfficialNames(
  text: string,
  start: number,
  end: number,
  people: readonly Person[],
): OfficialName[] {
  const span = text.slice(start, end);
  const lower = span.toLowerCase();
  const found: OfficialName[] = [];
  for (const { surface, official } of surfaces(people)) {
    for (let at = lower.indexOf(surface); at >= 0; at = lower.indexOf(surface, at + 1)) {
      const after = at + surface.length;
      if (isLetter(span.charAt(at - 1)) || isLetter(span.charAt(after))) continue;
      const first = span.charAt(at);
      if (first === first.toLowerCase()) continue;
      found.push({ ...official, start: start + at, end: start + after });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: OfficialName[] = [];
  for (const name of found) {
    const last = kept[kept.length - 1];
    if (!last || name.start >= last.end) kept.push(name);
  }
  return kept;
}
