/**
 * A word-trie matcher for fixed phrases (event triggers, sector words, programmes, organisations): built
 * once from a vocabulary, run over an article's tokens in one pass, leftmost-longest, non-overlapping.
 *
 * Why not one big regular expression: an alternation of hundreds of phrases is tried at every character;
 * the trie is tried only at word starts, with one map lookup per word.
 */
import { foldText, type Token } from "./text.ts";

interface TrieNode<T> {
  value?: T;
  next: Map<string, TrieNode<T>>;
}

export interface PhraseHit<T> {
  value: T;
  start: number;
  end: number;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
}

export interface PhraseMatcher<T> {
  readonly root: Map<string, TrieNode<T>>;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Builds the trie. Phrases are plain words ("kerja sama"); "|" separates variants of one entry. */
export function buildPhraseMatcher<T>(entries: readonly (readonly [string, T])[]): PhraseMatcher<T> {
  const root = new Map<string, TrieNode<T>>();
  for (const [phrases, value] of entries) {
    for (const phrase of phrases.split("|")) {
      const words = foldText(phrase).match(WORD) ?? [];
      let level = root;
      let node: TrieNode<T> | undefined;
      for (const word of words) {
        node = level.get(word);
        if (!node) {
          node = { next: new Map() };
          level.set(word, node);
        }
        level = node.next;
      }
      // The first entry for a phrase wins: vocabularies list specific readings first.
      if (node && node.value === undefined) node.value = value;
    }
  }
  return { root };
}

/** Words of one phrase may be joined by a space, hyphen, slash or dot ("e-government", "M.o.U"). */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 45 && c !== 47 && c !== 46) return false;
  }
  return true;
}

/** The hit lists of a tuple of matchers, each typed by its matcher's values. */
export type HitsOf<M extends readonly PhraseMatcher<unknown>[]> = {
  [K in keyof M]: M[K] extends PhraseMatcher<infer T> ? PhraseHit<T>[] : never;
};

/**
 * Runs several matchers in one pass over the tokens, each keeping its own leftmost-longest,
 * non-overlapping hits: one root lookup per token instead of one per matcher.
 */

export function matchPhrasesTogether<M extends readonly PhraseMatcher<unknown>[]>(
  matchers: M,
  text: string,
  tokens: readonly Token[],
): HitsOf<M> {
  const results: PhraseHit<unknown>[][] = matchers.map(() => []);
  const free = matchers.map(() => 0);
  const firstWords = combinedFirstWords(matchers);
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as Token).text;
    if (!firstWords.has(word)) continue;
    for (let m = 0; m < matchers.length; m++) {
      if (i < (free[m] as number)) continue;
      const hit = longestAt(matchers[m] as PhraseMatcher<unknown>, text, tokens, i);
      if (hit) {
        (results[m] as PhraseHit<unknown>[]).push(hit);
        free[m] = hit.tokenEnd;
      }
    }
  }
  // Each list holds exactly the hits of the matcher at the same position, so it has that matcher's type.
  return results as HitsOf<M>;
}

const firstWordCache = new WeakMap<readonly PhraseMatcher<unknown>[], Set<string>>();

function combinedFirstWords(matchers: readonly PhraseMatcher<unknown>[]): Set<string> {
  let words = firstWordCache.get(matchers);
  if (!words) {
    words = new Set(matchers.flatMap((m) => [...m.root.keys()]));
    firstWordCache.set(matchers, words);
  }
  return words;
}

function longestAt<T>(
  matcher: PhraseMatcher<T>,
  text: string,
  tokens: readonly Token[],
  i: number,
): PhraseHit<T> | null {
  let node = matcher.root.get((tokens[i] as Token).text);
  if (!node) return null;
  let bestValue = node.value;
  let bestEnd = i + 1;
  for (let k = i + 1; k < tokens.length; k++) {
    const prev = tokens[k - 1] as Token;
    const token = tokens[k] as Token;
    if (!joinable(text, prev.end, token.start)) break;
    node = node.next.get(token.text);
    if (!node) break;
    if (node.value !== undefined) {
      bestValue = node.value;
      bestEnd = k + 1;
    }
  }
  if (bestValue === undefined) return null;
  return {
    value: bestValue,
    start: (tokens[i] as Token).start,
    end: (tokens[bestEnd - 1] as Token).end,
    tokenStart: i,
    tokenEnd: bestEnd,
  };
}
