/**
 * Text primitives every extraction stage shares: the canonical (normalised) article text, a folded copy
 * for case- and accent-insensitive matching, word tokens with offsets, and evidence spans.
 *
 * Why: every fact carries character offsets, so all stages must agree on one text. The folded copy has
 * exactly the same length as the normalised text, which lets matchers search lower-case ASCII while the
 * offsets they find stay valid in the original.
 */
import { hash } from "node:crypto";
import type { Evidence } from "../../schemas/facts.ts";

/** Characters normalisation removes or replaces: CR, zero-width marks, control characters, NBSP. */
const UNUSUAL = /[\u200B-\u200D\u2060\uFEFF\u00A0]|[^\P{Cc}\n\t]/u;

/**
 * The canonical article text: no byte-order mark, LF line ends, no control characters, NFC.
 * All evidence offsets refer to this text.
 */
export function normaliseText(raw: string): string {
  // One scan decides whether any clean-up is needed; NFC composition runs always (it is cheap when the
  // text is already composed).
  const text = UNUSUAL.test(raw)
    ? raw
        .replace(/^\uFEFF/, "")
        .replace(/\r\n?/g, "\n")
        .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
        .replace(/[^\P{Cc}\n\t]/gu, " ")
        .replace(/\u00A0/g, " ")
    : raw;
  return text.normalize("NFC");
}

/**
 * Content address of an article: the same text always gets the same id, whoever reads it. Whitespace runs
 * are collapsed first, so the same article re-wrapped or re-indented by another scraper is one document.
 */
export function documentId(normalisedText: string): string {
  // Same result as replace(/\s+/g, " "), but single spaces are left alone: on a two-byte string that
  // is several times faster, and this runs on every article.
  const canonical = normalisedText.replace(WHITESPACE_TO_COLLAPSE, " ").trim();
  return `sha256:${hash("sha256", canonical)}`;
}

/** Runs of two or more white-space characters, or one white-space character other than a space. */
const WHITESPACE_TO_COLLAPSE =
  /\s{2,}|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

const accentCache = new Map<string, string>();

function stripAccent(ch: string): string {
  let folded = accentCache.get(ch);
  if (folded === undefined) {
    const base = ch.normalize("NFD").replace(/\p{M}+/gu, "");
    folded = base.length === 1 ? base : ch;
    accentCache.set(ch, folded);
  }
  return folded;
}

/**
 * Lower case without accents, one UTF-16 unit for one: `fold(text).length === text.length`, so offsets
 * found in the folded text are offsets in the original.
 */
export function foldText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters (the dotted capital I) lower-case to two units: fold those one at a time.
    let safe = "";
    for (const ch of text) {
      const l = ch.toLowerCase();
      safe += l.length === ch.length ? l : ch;
    }
    lower = safe;
  }
  return lower.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, stripAccent);
}

/** A run of letters or digits. Hyphens and apostrophes separate tokens ("Bau-Bau" is two). */
export interface Token {
  /** Folded text of the token. */
  text: string;
  start: number;
  end: number;
  /** The first character is an upper-case letter in the original text. */
  capitalised: boolean;
  /** Every letter is upper case and there are at least two ("KSB", "MUARA"). */
  allCaps: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const wordCharCache = new Map<number, boolean>();

/** Is the UTF-16 unit a letter or digit? ASCII by arithmetic, the rest by a cached Unicode test. */
function isWordChar(code: number, ch: string): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wordCharCache.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(ch);
    wordCharCache.set(code, known);
  }
  return known;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

/** Tokens of the text, scanned once by character code (the hot path of every stage). */
export function tokenize(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  const length = folded.length;
  let i = 0;
  while (i < length) {
    const code = folded.charCodeAt(i);
    // Folded text is lower case: a-z and 0-9 are the ASCII word characters.
    const ascii = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (!ascii && (code < 128 || !isWordChar(code, folded.charAt(i)))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (; i < length; i++) {
      const c = folded.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
      if (c < 128 || !isWordChar(c, folded.charAt(i))) break;
    }
    const firstCode = text.charCodeAt(start);
    const capitalised =
      firstCode >= 65 && firstCode <= 90 ? true : firstCode < 128 ? false : isUpper(text.charAt(start));
    let allCaps = capitalised && i - start >= 2;
    for (let k = start + 1; allCaps && k < i; k++) {
      const c = text.charCodeAt(k);
      if (c >= 97 && c <= 122) allCaps = false;
      else if (c >= 128 && isLower(text.charAt(k))) allCaps = false;
    }
    tokens.push({ text: folded.slice(start, i), start, end: i, capitalised, allCaps });
  }
  return tokens;
}

/** Evidence for `text.slice(start, end)`, trimmed of surrounding white space. */
export function evidenceOf(text: string, start: number, end: number): Evidence {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return { text: text.slice(s, e), start: s, end: e };
}
