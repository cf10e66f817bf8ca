/**
 * Names after a prefix that the matcher's exact names miss: a word that points at one region
 * ("Kabupaten Singingi" is Kuantan Singingi) and typos ("Sumbara Barat" is Sumbawa Barat), read only
 * after a prefix of a fitting level, so an ordinary capitalised word never becomes a region.
 *
 * Why apart from region-matcher.ts: the guesses are a second pass over what the exact names left, with
 * rules of their own (relative edit distance, ties left to the article); lists (region-lists.ts) call
 * them for items that inherit a prefix.
 */
import { distance } from "fastest-levenshtein";
import type { RegionLevel } from "./gazetteer.ts";
import type { RegionMatcher, RegionMention, RegionPrefix, RegionRef } from "./region-types.ts";
import { FUNCTION_WORDS, gapOk, NAME_GAP, PREFIX_WORDS, prefixBefore, tokenAt } from "./region-prefixes.ts";
import type { Token } from "./text.ts";

function levelsFit(prefixLevel: RegionLevel | null, level: RegionLevel): boolean {
  return prefixLevel === null || prefixLevel === level;
}

function maxTypos(length: number): number {
  return length >= 9 ? 2 : 1;
}

/** A prefix followed by capitalised words that named no region: try a unique partial name, then typos. */
export function prefixedGuess(
  matcher: RegionMatcher,
  text: string,
  tokens: readonly Token[],
  i: number,
  prefix: RegionPrefix,
  covered: ReadonlySet<number>,
): RegionMention | null {
  const first = tokens[i] as Token;
  const unique = matcher.uniqueWords.get(first.text);
  const nextToken = tokenAt(tokens, i + 1);
  const nextIsName = !!nextToken && nextToken.capitalised && gapOk(text, first, nextToken, NAME_GAP);
  if (unique && prefix.level !== null && levelsFit(prefix.level, unique.kind as RegionLevel) && !nextIsName) {
    return {
      start: first.start,
      end: first.end,
      tokenStart: i,
      tokenEnd: i + 1,
      candidates: [unique],
      prefix,
      via: "partial",
    };
  }
  // The closest reading relative to its length wins, so "Sumbara Barat" reads as Sumbawa Barat (1 typo in
  // 12 letters) rather than as Sumbawa (1 typo in 7); two regions equally close leave the name unread.
  // Readings equally close are all kept, most alike at the start first; the article's other mentions
  // then choose among them (see region-context.ts).
  let best: { score: number; refs: RegionRef[]; keys: string[]; count: number; typed: string } | null = null;
  let key = "";
  for (let k = 0; k < 3 && i + k < tokens.length; k++) {
    const token = tokens[i + k] as Token;
    // Later words may be in lower case ("Kab. Bolang mongondow utara"), but never a function word, nor a
    // word already read as part of another name.
    if (k > 0 && (covered.has(i + k) || FUNCTION_WORDS.has(token.text))) break;
    if (k > 0 && !gapOk(text, tokens[i + k - 1] as Token, token, NAME_GAP)) break;
    key += token.text;
    if (key.length < (prefix.level === null ? 8 : 5)) continue;
    const limit = maxTypos(key.length);
    for (const target of matcher.fuzzyTargetsByFirst.get(key.charCodeAt(0)) ?? []) {
      if (!levelsFit(prefix.level, target.level)) continue;
      if (Math.abs(target.key.length - key.length) > limit) continue;
      const d = distance(key, target.key);
      if (d === 0 || d > limit) continue;
      const score = d / key.length;
      if (!best || score < best.score) {
        best = { score, refs: [target.ref], keys: [target.key], count: k + 1, typed: key };
      } else if (
        score === best.score &&
        best.count === k + 1 &&
        !best.refs.some((r) => r.code === target.ref.code)
      ) {
        best.refs.push(target.ref);
        best.keys.push(target.key);
      }
    }
  }
  if (!best) return null;
  const typed = best.typed;
  const sharedStart = (candidate: string) => {
    let n = 0;
    while (n < candidate.length && candidate.charCodeAt(n) === typed.charCodeAt(n)) n++;
    return n;
  };
  const order = best.refs.map((ref, n) => ({ ref, shared: sharedStart(best.keys[n] as string) }));
  order.sort((a, b) => b.shared - a.shared);
  const last = tokens[i + best.count - 1] as Token;
  return {
    start: first.start,
    end: last.end,
    tokenStart: i,
    tokenEnd: i + best.count,
    candidates: order.map((o) => o.ref),
    prefix,
    via: "fuzzy",
  };
}

export function prefixedGuesses(
  matcher: RegionMatcher,
  text: string,
  tokens: readonly Token[],
  exact: readonly RegionMention[],
): RegionMention[] {
  const covered = new Set<number>();
  for (const m of exact) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  const guesses: RegionMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const prevWord = PREFIX_WORDS.get((tokens[i - 1] as Token).text);
    if (!prevWord || prevWord.type === "member") continue;
    const token = tokens[i] as Token;
    if (
      covered.has(i) ||
      covered.has(i - 1) ||
      FUNCTION_WORDS.has(token.text) ||
      PREFIX_WORDS.has(token.text)
    )
      continue;
    // A lower-case name is read only after an administrative word ("Kota makasar"), never after a title.
    if (!token.capitalised && prevWord.type !== "admin") continue;
    const prefix = prefixBefore(text, tokens, i);
    if (!prefix) continue;
    const guess = prefixedGuess(matcher, text, tokens, i, prefix, covered);
    if (guess) {
      guesses.push(guess);
      for (let t = guess.tokenStart; t < guess.tokenEnd; t++) covered.add(t);
    }
  }
  return guesses;
}
