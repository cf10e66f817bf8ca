/**
 * Text primitives every extraction stage shares: the canonical (normalised) article text, a folded copy
 * for case- and accent-insensitive matching, word tokens with offsets, and evidence spans.
 *
 * Why: every fact carries character offsets, so all stages must agree on one text. The folded copy has
 * exactly the same length as the normalised text, which lets matchers search lower-case ASCII while the
 * offsets they find stay valid in the original.
 */
import { createHash } from "node:crypto";
import type { Evidence } from "../../schemas/facts.ts";

/**
 * The canonical article text: no byte-order mark, LF line ends, no control characters, NFC.
 * All evidence offsets refer to this text.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[^\P{Cc}\n\t]/gu, " ")
    .replace(/\u00A0/g, " ")
    .normalize("NFC");
}

/** Content address of an article: the same text always gets the same id, whoever reads it. */
export function documentId(normalisedText: string): string {
  return `sha256:${createHash("sha256").update(normalisedText, "utf8").digest("hex")}`;
}

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

const TOKEN_PATTERN = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(folded); m !== null; m = TOKEN_PATTERN.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    const original = text.slice(start, end);
    const first = original.charAt(0);
    const capitalised = first !== first.toLowerCase();
    const allCaps = capitalised && original.length >= 2 && original === original.toUpperCase();
    tokens.push({ text: m[0], start, end, capitalised, allCaps });
  }
  return tokens;
}

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Evidence for `text.slice(start, end)`, trimmed of surrounding white space. */
export function evidenceOf(text: string, start: number, end: number): Evidence {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return { text: text.slice(s, e), start: s, end: e };
}
