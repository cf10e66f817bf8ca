/**
 * An in-memory word index over every searchable node, finding the same kinds of candidates the
 * `search_names` full-text index finds (each query word exact, as a prefix, within an edit or two, a long
 * word split in two, two words run together) without a round trip to Neo4j. search-ranking.ts ranks what it
 * returns, exactly as it ranks the full-text index's candidates.
 *
 * Why: on a large graph a full-text search costs Neo4j milliseconds of CPU (fuzzy terms walk Lucene's term
 * dictionary, then each candidate's degree and context are read), so search queues behind itself
 * (docs/benchmarks.md, API). The searchable text of every node is a few hundred distinct words and
 * postings lists of integers: held here, a search is a few thousand array reads.
 *
 * Scoring mirrors the full-text index's (BM25 with each document field holding a word once): a matched
 * word weighs its inverse document frequency, shrunk for long texts, times how it matched (exact 4, a
 * split or joined word 3, prefix 2, within the edits 1). Each query word counts once, by its best match.
 * The top `count` by that score go to the ranking, ties broken the way the ranking would: regions first,
 * then the better connected node.
 *
 * Sectors are kept aside, out of the postings: both engines find them through the sector vocabulary
 * (sector-vocabulary.ts), so they find the same ones; the index only knows which Sector nodes exist.
 *
 * Not thread-safe by design: scratch arrays are reused between queries, which is safe because a query runs
 * synchronously from start to end on the event loop.
 */
import { distance } from "fastest-levenshtein";
import type { NodeType } from "../../../schemas/node.ts";
import { SEARCH_GROUP_ORDER } from "../../../schemas/search.ts";
import type { Candidate } from "./search-ranking.ts";
import { maxEdits, namedTerms } from "./search-terms.ts";
import type { SectorHit } from "./sector-vocabulary.ts";

/** One searchable node, as a candidate without the per-query fields. A region's id is its code. */
export type SearchEntry = Omit<Candidate, "score" | "aliasHit">;

export interface CandidateQuery {
  /** Folded query words (search-ranking.ts `searchTerms`). */
  terms: readonly string[];
  /** How many candidates the ranking should see. */
  count: number;
  /** Only these node types; all when undefined. */
  types?: readonly NodeType[] | undefined;
  /** Regions the query names by gazetteer alias or code: candidates whatever their text. */
  aliasCodes: readonly string[];
  /** Sectors the query names (sector-vocabulary.ts `findSectors`), candidates if the graph holds them. */
  sectors: readonly SectorHit[];
}

const WEIGHT = { exact: 4, split: 3, joined: 3, prefix: 2, fuzzy: 1 } as const;
/** The largest candidate count words are pruned for (an unfiltered search asks for 30 to 150). */
const MAX_PRUNED_COUNT = 150;
// BM25's defaults, as Lucene uses them.
const K1 = 1.2;
const B = 0.75;
const TYPE_RANK = Object.fromEntries(SEARCH_GROUP_ORDER.map((type, rank) => [type, rank])) as Readonly<
  Record<NodeType, number>
>;

export class SearchIndex {
  readonly size: number;
  private readonly entries: readonly SearchEntry[];
  private readonly typeRank: Uint8Array;
  private readonly degree: Float64Array;
  private readonly norm: Float32Array;
  private readonly wordId = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly postings: Int32Array[] = [];
  private readonly idf: Float64Array;
  /**
   * Per word, the length norms of its entries, highest first, the first MAX_PRUNED_COUNT of them: a word
   * whose best entry cannot reach the score that `count` entries already have is not read (see `candidates`).
   */
  private readonly topNorms: Float32Array[] = [];
  /** Every word, in code-point order: a prefix's words are one contiguous run. */
  private readonly sortedWords: string[];
  /** Words by length: a word within k edits of a term is at most k letters longer or shorter. */
  private readonly wordsByLength: string[][] = [];
  private readonly regionByCode = new Map<string, number>();
  private readonly sectorById = new Map<string, SearchEntry>();
  // Scratch, reused by every query: the total score and this term's best score per entry.
  private readonly total: Float64Array;
  private readonly best: Float64Array;
  private readonly touched: Int32Array;
  private readonly termTouched: Int32Array;
  // Which entries hold a split word's left half: marked with the current stamp, so never cleared.
  private readonly marks: Int32Array;
  private stamp = 0;

  constructor(
    entries: readonly SearchEntry[],
    /** Skip words that cannot change the answer (see `candidates`); off only to test that it changes none. */
    private readonly pruning = true,
  ) {
    this.entries = entries;
    this.size = entries.length;
    this.typeRank = new Uint8Array(entries.length);
    this.degree = Float64Array.from(entries, (entry) => entry.degree);
    this.norm = new Float32Array(entries.length);
    const lists: number[][] = [];
    const lengths = new Uint16Array(entries.length);
    let totalLength = 0;
    let indexed = 0;
    entries.forEach((entry, i) => {
      this.typeRank[i] = TYPE_RANK[entry.type];
      if (entry.type === "region") this.regionByCode.set(entry.id, i);
      if (entry.type === "sector") {
        this.sectorById.set(entry.id, entry);
        return;
      }
      const words = entry.searchText.split(" ").filter((w) => w.length > 0);
      lengths[i] = Math.min(words.length, 65_535);
      totalLength += words.length;
      indexed++;
      for (const word of new Set(words)) {
        let id = this.wordId.get(word);
        if (id === undefined) {
          id = this.words.length;
          this.wordId.set(word, id);
          this.words.push(word);
          lists.push([]);
          (this.wordsByLength[word.length] ??= []).push(word);
        }
        lists[id]!.push(i);
      }
    });
    const averageLength = indexed > 0 ? totalLength / indexed : 1;
    for (let i = 0; i < entries.length; i++) {
      this.norm[i] = (K1 + 1) / (1 + K1 * (1 - B + (B * lengths[i]!) / averageLength));
    }
    this.idf = new Float64Array(lists.length);
    lists.forEach((list, id) => {
      this.postings.push(Int32Array.from(list));
      this.idf[id] = Math.log(1 + (indexed - list.length + 0.5) / (list.length + 0.5));
      const norms = Float32Array.from(list, (i) => this.norm[i]!)
        .sort()
        .reverse();
      this.topNorms.push(norms.slice(0, MAX_PRUNED_COUNT));
    });
    this.sortedWords = [...this.words].sort();
    this.total = new Float64Array(entries.length);
    this.best = new Float64Array(entries.length);
    this.touched = new Int32Array(entries.length);
    this.termTouched = new Int32Array(entries.length);
    this.marks = new Int32Array(entries.length);
  }

  /** The distinct words indexed. */
  get vocabularySize(): number {
    return this.words.length;
  }

  /** The best `count` candidates for the query, unranked; alias and code hits always included. */
  candidates(query: CandidateQuery): Candidate[] {
    const allowed = query.types ? new Set(query.types) : undefined;
    const terms = namedTerms(query.terms);
    let touchedCount = 0;
    const add = (scores: Float64Array, indexes: Int32Array, count: number) => {
      for (let k = 0; k < count; k++) {
        const i = indexes[k]!;
        if (this.total[i] === 0) this.touched[touchedCount++] = i;
        this.total[i] = this.total[i]! + scores[i]!;
        scores[i] = 0;
      }
    };

    // One query word and no type filter: an entry's score is its best match's, so a word that cannot beat
    // the `count`-th best score already certain is skipped ("bandung" then reads few of the entries that
    // "banding", one edit away, holds). Nothing skipped could have been picked.
    const prune =
      this.pruning && terms.length === 1 && !allowed && query.count <= MAX_PRUNED_COUNT ? query.count : 0;
    for (const term of terms) {
      const count = this.scoreTerm(term, prune);
      add(this.best, this.termTouched, count);
    }
    // Two adjacent words typed apart that the text holds as one ("tanjung pinang" → "tanjungpinang").
    for (let t = 0; t + 1 < terms.length; t++) {
      const id = this.wordId.get(terms[t]! + terms[t + 1]!);
      if (id === undefined) continue;
      const count = this.scoreWord(id, WEIGHT.joined * this.idf[id]!, 0);
      add(this.best, this.termTouched, count);
    }

    const picked = this.top(touchedCount, query.count, allowed);
    for (let k = 0; k < touchedCount; k++) this.total[this.touched[k]!] = 0;

    const out = picked.map(({ index, score }) => candidateOf(this.entries[index]!, score, false));
    for (const code of query.aliasCodes) {
      const index = this.regionByCode.get(code);
      if (index === undefined) continue;
      const entry = this.entries[index]!;
      if (allowed && !allowed.has(entry.type)) continue;
      out.push(candidateOf(entry, 0, true));
    }
    if (allowed && !allowed.has("sector")) return out;
    for (const { id, score } of query.sectors) {
      const entry = this.sectorById.get(`sector:${id}`);
      if (entry) out.push(candidateOf(entry, score, false));
    }
    return out;
  }

  /**
   * Scores every entry one query word matches into `best`, keeping its best match; returns how many. With
   * `prune` > 0, skips the words whose best entry scores below what `prune` entries are already sure of.
   */
  private scoreTerm(term: string, prune: number): number {
    let count = 0;
    // A score that at least `prune` entries reach: `prune` entries of one word score at least its weight
    // times the `prune`-th highest norm among them.
    let certain = 0;
    const score = (id: number, weight: number) => {
      const base = weight * this.idf[id]!;
      const norms = this.topNorms[id]!;
      if (prune === 0) return this.scoreWord(id, base, count);
      if (base * norms[0]! < certain) return count;
      if (norms.length >= prune) certain = Math.max(certain, base * norms[prune - 1]!);
      return this.scoreWord(id, base, count);
    };
    const exact = this.wordId.get(term);
    if (exact !== undefined) count = score(exact, WEIGHT.exact);
    if (term.length >= 3) {
      for (let k = lowerBound(this.sortedWords, term); k < this.sortedWords.length; k++) {
        const word = this.sortedWords[k]!;
        if (!word.startsWith(term)) break;
        if (word !== term) count = score(this.wordId.get(word)!, WEIGHT.prefix);
      }
    }
    const edits = maxEdits(term);
    for (let length = term.length - edits; edits > 0 && length <= term.length + edits; length++) {
      for (const word of this.wordsByLength[length] ?? []) {
        if (word !== term && !word.startsWith(term) && distance(word, term) <= edits) {
          count = score(this.wordId.get(word)!, WEIGHT.fuzzy);
        }
      }
    }
    // A long word the text holds as two ("muaraenim" → "muara enim"): entries holding both, side by side.
    for (let cut = 3; term.length >= 7 && cut <= term.length - 3; cut++) {
      const left = this.wordId.get(term.slice(0, cut));
      const right = this.wordId.get(term.slice(cut));
      if (left === undefined || right === undefined) continue;
      const phrase = `${term.slice(0, cut)} ${term.slice(cut)}`;
      const weight = (WEIGHT.split * (this.idf[left]! + this.idf[right]!)) / 2;
      if (this.stamp === 0x7fffffff) {
        this.marks.fill(0);
        this.stamp = 0;
      }
      const stamp = ++this.stamp;
      for (const i of this.postings[left]!) this.marks[i] = stamp;
      for (const i of this.postings[right]!) {
        if (this.marks[i] !== stamp || !` ${this.entries[i]!.searchText} `.includes(` ${phrase} `)) continue;
        count = this.raise(i, weight * this.norm[i]!, count);
      }
    }
    return count;
  }

  private scoreWord(id: number, base: number, count: number): number {
    for (const i of this.postings[id]!) count = this.raise(i, base * this.norm[i]!, count);
    return count;
  }

  private raise(i: number, score: number, count: number): number {
    if (this.best[i] === 0) this.termTouched[count++] = i;
    if (score > this.best[i]!) this.best[i] = score;
    return count;
  }

  /** The best `count` touched entries of the allowed types: score, then regions first, then degree. */
  private top(touchedCount: number, count: number, allowed: ReadonlySet<NodeType> | undefined) {
    const better = (a: number, b: number) =>
      this.total[a]! - this.total[b]! ||
      this.typeRank[b]! - this.typeRank[a]! ||
      this.degree[a]! - this.degree[b]!;
    // A min-heap of the best so far: its root is the weakest kept, replaced by anything better.
    const heap: number[] = [];
    const siftDown = (from: number) => {
      for (let at = from; ;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let weakest = at;
        if (left < heap.length && better(heap[left]!, heap[weakest]!) < 0) weakest = left;
        if (right < heap.length && better(heap[right]!, heap[weakest]!) < 0) weakest = right;
        if (weakest === at) return;
        [heap[at], heap[weakest]] = [heap[weakest]!, heap[at]!];
        at = weakest;
      }
    };
    for (let k = 0; k < touchedCount; k++) {
      const i = this.touched[k]!;
      if (allowed && !allowed.has(this.entries[i]!.type)) continue;
      if (heap.length < count) {
        heap.push(i);
        for (let at = heap.length - 1; at > 0;) {
          const parent = (at - 1) >> 1;
          if (better(heap[at]!, heap[parent]!) >= 0) break;
          [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
          at = parent;
        }
      } else if (count > 0 && this.total[i]! >= this.total[heap[0]!]! && better(i, heap[0]!) > 0) {
        heap[0] = i;
        siftDown(0);
      }
    }
    return heap
      .sort((a, b) => better(b, a))
      .map((index) => ({ index, score: Math.round(this.total[index]! * 1000) / 1000 }));
  }
}

/** A literal of fixed shape, not a spread of the entry: V8 copies a spread on a slow path. */
function candidateOf(entry: SearchEntry, score: number, aliasHit: boolean): Candidate {
  return {
    id: entry.id,
    label: entry.label,
    type: entry.type,
    kind: entry.kind,
    context: entry.context,
    aliases: entry.aliases,
    searchText: entry.searchText,
    score,
    degree: entry.degree,
    aliasHit,
  };
}

/** The first position in sorted `list` whose word is not before `word`. */
function lowerBound(list: readonly string[], word: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}
