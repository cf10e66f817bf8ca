/**
 * Sectors (bidang) as search finds them: by their names in the controlled vocabulary (SectorIdSchema:
 * "kesehatan", "air minum", "perumahan dan permukiman") and by the words the extractor maps to each
 * ("sampah" → persampahan, "wisata" → pariwisata, "PDAM" → air minum), read from the extractor's own
 * vocabulary so search and extraction never disagree on what a sector is called.
 *
 * Why not the word index or the full-text index: the vocabulary is closed and small (about forty names,
 * two hundred words), and Sector nodes carry only their id. Matching it here, once per query, gives both
 * engines (search-candidates.ts) the very same sectors and scores; each engine then returns the Sector
 * nodes the graph holds, with their number of events.
 * @see ../../../pipeline/extract/sectors.ts
 */
import { distance } from "fastest-levenshtein";
import { SECTOR_PHRASES } from "../../../pipeline/extract/sectors.ts";
import { SectorIdSchema, type SectorId } from "../../../schemas/facts.ts";
import { foldForSearch } from "../../../text/fold.ts";
import { maxEdits, namedTerms } from "./search-terms.ts";

export interface SectorText {
  /** The other names of the sector: the extractor's words for it. */
  aliases: readonly string[];
  /** The name and the aliases, folded, as one text of words. */
  searchText: string;
}

/** A sector a query matched, with a score made like the word index's weights (exact 4, prefix 2, typo 1). */
export interface SectorHit {
  id: SectorId;
  score: number;
}

interface TrieLevel {
  readonly [Symbol.iterator]: () => Iterator<[string, { value?: SectorId; next: TrieLevel }]>;
}

/** Every phrase of the extractor's sector vocabulary, walked out of its word trie. */
function sectorPhrases(): Map<SectorId, string[]> {
  const phrases = new Map<SectorId, string[]>();
  const walk = (level: TrieLevel, words: string[]) => {
    for (const [word, node] of level) {
      const phrase = [...words, word];
      if (node.value !== undefined)
        phrases.set(node.value, [...(phrases.get(node.value) ?? []), phrase.join(" ")]);
      walk(node.next, phrase);
    }
  };
  walk(SECTOR_PHRASES.root as TrieLevel, []);
  return phrases;
}

function buildTexts(): ReadonlyMap<string, SectorText> {
  const phrases = sectorPhrases();
  const texts = new Map<string, SectorText>();
  for (const id of SectorIdSchema.options) {
    const name = foldForSearch(id);
    const aliases = [...new Set((phrases.get(id) ?? []).map(foldForSearch))].filter((a) => a !== name).sort();
    texts.set(
      id,
      Object.freeze({ aliases: Object.freeze(aliases), searchText: [name, ...aliases].join(" ") }),
    );
  }
  return texts;
}

const TEXTS = buildTexts();
const WORDS = new Map([...TEXTS].map(([id, text]) => [id, text.searchText.split(" ")]));

/** The search text and aliases of a sector id, or undefined for an id outside the vocabulary. */
export function sectorText(id: string): SectorText | undefined {
  return TEXTS.get(id);
}

/** How well one folded query term matches a sector's words: 4 exact (or two words run together), 2 prefix, 1 typo. */
function termWeight(term: string, words: readonly string[]): number {
  let best = 0;
  const edits = maxEdits(term);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === term || (term.length >= 7 && word + (words[i + 1] ?? "") === term)) return 4;
    if (term.length >= 3 && word.startsWith(term)) best = Math.max(best, 2);
    else if (
      best < 1 &&
      edits > 0 &&
      Math.abs(word.length - term.length) <= edits &&
      distance(word, term) <= edits
    )
      best = 1;
  }
  return best;
}

/**
 * The sectors whose name or words the query's terms reach, as the word index finds any node: a term exact,
 * as a prefix from three letters, or within its edits; level words ("kota") only when nothing else was typed.
 */
export function findSectors(allTerms: readonly string[]): SectorHit[] {
  const terms = namedTerms(allTerms);
  const hits: SectorHit[] = [];
  for (const [id, words] of WORDS) {
    let score = 0;
    for (const term of terms) score += termWeight(term, words);
    // Two terms typed apart that a sector word holds as one ("bank sampah" is two words; "ekraf" one).
    for (let t = 0; t + 1 < terms.length; t++) if (words.includes(terms[t]! + terms[t + 1]!)) score += 3;
    if (score > 0) hits.push({ id: id as SectorId, score });
  }
  return hits;
}
