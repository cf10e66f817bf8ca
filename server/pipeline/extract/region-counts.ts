/**
 * Whether an article may count regions anywhere ("tujuh pemerintah kabupaten", "dengan 4 provinsi"): a
 * scan of its tokens for a number followed by a word that names a kind of region.
 *
 * Why: the count patterns (COUNT_OF_REGIONS, the counted lists of region-lists.ts) try a dozen number words
 * at every position of the text, and few articles count regions at all. The scan never says no where a
 * pattern would match: a pattern's number is a whole token, or ends one whose earlier letters are not ASCII
 * (the patterns' `\b` knows ASCII letters only), then come "belas" after "dua", "pemerintah" or "pemda",
 * and a token that starts with a kind word ("kotamadya" too: the patterns end without `\b`).
 */
import type { Token } from "./text.ts";

const COUNT_WORDS: ReadonlySet<string> = new Set(
  "dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belasan puluhan seluruh semua para".split(
    " ",
  ),
);

/** The kind words of the patterns, as their first tokens ("kepala daerah", "wali kota"). */
const KIND_STARTS = [
  "kabupaten",
  "kota",
  "daerah",
  "provinsi",
  "pemkab",
  "pemkot",
  "pemprov",
  "pemda",
  "kepala",
  "gubernur",
  "bupati",
  "wali",
];

/** A letter or digit outside ASCII: then a number may end a longer token. */
const NON_ASCII_WORD_CHAR = /(?![\0-\x7f])[\p{L}\p{N}]/u;
/**
 * Any character that may be one, tested first on the whole text: outside ASCII, general punctuation and the
 * Latin-1 signs news uses, none of which is a letter or a digit (a plain class is many times faster to
 * scan for than Unicode properties).
 */
const MAY_BE_NON_ASCII_WORD_CHAR =
  /[^\0-\x7f\u2000-\u206f\u00a0\u00a7\u00a9\u00ab\u00ad\u00ae\u00b0\u00b1\u00b4\u00b6\u00b7\u00bb\u00d7\u00f7]/;

function isCount(word: string, nonAsciiLetters: boolean): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last >= 48 && last <= 57) return true;
  if (COUNT_WORDS.has(word)) return true;
  return nonAsciiLetters && NON_ASCII_WORD_CHAR.test(word);
}

function isKind(token: Token | undefined): boolean {
  return token !== undefined && KIND_STARTS.some((start) => token.text.startsWith(start));
}

/** The answer per article (its token array): the region lists and the events' counts both ask. */
const answers = new WeakMap<readonly Token[], boolean>();

/** False only when no count of regions can be in the text the tokens were read from. */
export function mayCountRegions(tokens: readonly Token[], folded: string): boolean {
  let answer = answers.get(tokens);
  if (answer === undefined) {
    answer = scan(tokens, folded);
    answers.set(tokens, answer);
  }
  return answer;
}

function scan(tokens: readonly Token[], folded: string): boolean {
  const nonAsciiLetters = MAY_BE_NON_ASCII_WORD_CHAR.test(folded) && NON_ASCII_WORD_CHAR.test(folded);
  for (let i = 0; i < tokens.length - 1; i++) {
    const word = (tokens[i] as Token).text;
    if (!isCount(word, nonAsciiLetters)) continue;
    let next = i + 1;
    if (word.endsWith("dua") && (tokens[next] as Token).text === "belas") next++;
    const after = tokens[next];
    if (isKind(after)) return true;
    if (after && (after.text === "pemerintah" || after.text === "pemda") && isKind(tokens[next + 1]))
      return true;
  }
  return false;
}
