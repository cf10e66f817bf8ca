/**
 * Reads a person's name where a title leaves off ("Bupati Bone, H. Andi Asman Sulaiman, S.Sos., M.M.,")
 * and separates the name from honorifics (H., Hj., Dr., Ir., Drs., RH, Haji) and academic degrees
 * (S.H., M.M., SSTP, M.Si.).
 *
 * Why: the same official is printed "Drs. H. Cek Endra", "Haji Cek Endra" and "Cek Endra"; display
 * keeps what was printed, identity must not depend on it. A name ends at punctuation, at a lower-case
 * word, or at a capitalised function word or verb, which matters in headline-style Title Case text
 * ("Bupati Sarolangun Drs. H. Cek Endra Dalam Sambutannya Mengatakan").
 */
import {
  DEGREE_PIECES,
  DEGREES,
  HONORIFICS,
  NAME_ABBREVIATIONS,
  PARTICLES,
  RETIRED,
  STOP_WORDS,
} from "./name-vocabulary.ts";
import { startsTitle } from "./titles.ts";

export interface PersonName {
  /** Name words only ("W. Musyafirin"). */
  name: string;
  /** As printed, honorifics and degrees included ("Dr. Ir. H. W. Musyafirin, M.M."). */
  displayName: string;
  /** Identity key: lower case, no honorifics, degrees or initials ("musyafirin"). */
  key: string;
  start: number;
  end: number;
}

/** Honorifics written without a space: "H.Tuwuh", "H.M.Yusfi". */
const GLUED_HONORIFIC = /^((?:Hj|Dr|Drs|Dra|Ir|Prof|KH|dr|drg|H)\.(?:\p{Lu}\.)*)(?=\p{L}{2})/u;

function fold(word: string): string {
  return word.toLowerCase().replaceAll(".", "");
}

function withoutTrailingSeparators(word: string): string {
  let end = word.length;
  while (end > 0 && (word.charCodeAt(end - 1) === 44 || word.charCodeAt(end - 1) === 59)) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** The word without the commas, semicolons, colons, brackets and quotes that close it. */
function withoutClosingPunctuation(word: string): string {
  let end = word.length;
  for (;;) {
    const c = word.charCodeAt(end - 1);
    // , ; : ) " ” ’
    if (end > 0 && (c === 44 || c === 59 || c === 58 || c === 41 || c === 34 || c === 0x201d || c === 0x2019))
      end--;
    else break;
  }
  return end === word.length ? word : word.slice(0, end);
}

function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

export function isInitial(word: string): boolean {
  return (
    (word.length === 1 || (word.length === 2 && word.charCodeAt(1) === 46)) && isUpperChar(word.charAt(0))
  );
}

const degreeCache = new Map<string, boolean>();

/** Adat titles written after a name: Datuk (Minangkabau), Sutan. */
const ADAT_TITLES = new Set(["dt", "datuk", "sutan"]);

/** A degree written with a space for its dot: "S Sos.", "M Si" (S.Sos., M.Si). */
function spacedDegree(core: string, next: RawWord | undefined): boolean {
  if (!next || core.length !== 1 || !isUpperChar(core)) return false;
  const piece = withoutClosingPunctuation(next.text).replace(/\.$/, "");
  return piece.length >= 2 && isUpperChar(piece.charAt(0)) && DEGREE_PIECES.has(piece.toLowerCase());
}

export function isDegree(word: string): boolean {
  let known = degreeCache.get(word);
  if (known === undefined) {
    known = readsAsDegree(withoutTrailingSeparators(word));
    if (degreeCache.size < 10_000) degreeCache.set(word, known);
  }
  return known;
}

function readsAsDegree(bare: string): boolean {
  if (bare.length > 9 || bare.length < 2 || !isUpperChar(bare.charAt(0))) return false;
  // Listed degrees count when written as degrees ("SE", "SSos", "M.M."), not as a name ("Ma").
  if (DEGREES.has(fold(bare)) && (bare.includes(".") || (bare.match(/\p{Lu}/gu) ?? []).length >= 2))
    return true;
  // Dotted degrees: "S.Sos.", "M.Si", "S.STP", "A.Md.": every piece a degree abbreviation, so a glued
  // honorific and name ("H.Tuwuh") is not one.
  if (!bare.includes(".")) return false;
  const pieces = bare
    .toLowerCase()
    .split(".")
    .filter((piece) => piece.length > 0);
  return pieces.length >= 2 && pieces.every((piece) => DEGREE_PIECES.has(piece));
}

const honorificCache = new Map<string, boolean>();

export function isHonorific(word: string): boolean {
  if (word.length > 8) return false;
  let known = honorificCache.get(word);
  if (known === undefined) {
    known = HONORIFICS.has(fold(withoutTrailingSeparators(word)));
    // Bounded: honorifics are few, but arbitrary input must not grow the cache without limit.
    if (honorificCache.size < 10_000) honorificCache.set(word, known);
  }
  return known;
}

/**
 * A verb form that cannot be a name, as Title Case headlines capitalise them: me-/di- prefixed words
 * ("Menandatangani", "Dilaksanakan") and -kan forms ("Bicarakan", "Lakukan").
 */
function looksLikeVerb(folded: string): boolean {
  // -kan verbs, -nya forms ("Pembicaranya"), ministries ("Kemendagri").
  if (folded.length >= 7 && /(?:kan|nya)$/.test(folded)) return true;
  if (/^kemen[a-z]{2,}$/.test(folded)) return true;
  return (
    folded.length >= 7 &&
    /^(?:meng|meny|memb|memp|mend|menj|menc|mene|meni|menu|mela|meli|mera|meri|meru|mewu|diwa|dila|dise|diha|dita)/.test(
      folded,
    )
  );
}

/**
 * "Bupati Sigi Sarikan menemui ...", "Bupati Sigi, Sarikan, Sekda ...": a capitalised word ending
 * like a -kan verb is a name when a comma or a lower-case word follows it; a verb of a Title Case headline
 * is followed by another capital.
 */
function nameEndingLikeVerb(word: string, comma: boolean, next: RawWord | undefined): boolean {
  const lower = word.toLowerCase();
  return (
    lower.endsWith("kan") &&
    isUpperChar(word.charAt(0)) &&
    !STOP_WORDS.has(lower) &&
    /^\p{L}+$/u.test(word) &&
    (comma || (next !== undefined && /^\p{Ll}/u.test(next.text)))
  );
}

export function isNameWord(word: string): boolean {
  if (word.length === 0 || !isUpperChar(word.charAt(0))) return false;
  const lower = word.toLowerCase();
  return !STOP_WORDS.has(lower) && /^\p{L}[\p{L}'’-]*$/u.test(word) && !looksLikeVerb(lower);
}

interface RawWord {
  text: string;
  start: number;
  end: number;
}

/**
 * Whitespace-separated words from an offset, not crossing a line end, glued honorifics split, read only
 * as far as asked: most names end after two or three words, and titles are many.
 */
class WordsFrom {
  private readonly words: RawWord[] = [];
  private at: number;
  private read = 0;

  constructor(
    private readonly text: string,
    from: number,
    private readonly max: number,
  ) {
    this.at = from;
  }

  get(index: number): RawWord | undefined {
    while (this.words.length <= index && this.readNext());
    return this.words[index];
  }

  private readNext(): boolean {
    const { text } = this;
    if (this.read >= this.max || this.at >= text.length) return false;
    let i = this.at;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    if (i >= text.length || c === 10) return false;
    const start = i;
    while (i < text.length && (c = text.charCodeAt(i)) !== 32 && c !== 9 && c !== 10) i++;
    this.at = i;
    this.read++;
    const word = { text: text.slice(start, i), start, end: i };
    const parts = splitGlued(word);
    for (const part of parts) this.words.push(part);
    return true;
  }
}

/** Splits "H.M.Yusfi" into "H.", "M.", "Yusfi" so each part can be classified. */
function splitGlued(word: RawWord): RawWord[] {
  // Only a word with a full stop inside can be glued ("H.Tuwuh"): skip the pattern for all others.
  const dot = word.text.indexOf(".");
  if (dot <= 0 || dot >= word.text.length - 1 || isDegree(word.text)) return [word];
  const glued = GLUED_HONORIFIC.exec(word.text);
  if (!glued || !glued[1]) return [word];
  const parts: RawWord[] = [];
  let offset = word.start;
  for (const piece of (glued[1].match(/[^.]+\./g) ?? []) as string[]) {
    parts.push({ text: piece, start: offset, end: offset + piece.length });
    offset += piece.length;
  }
  parts.push({ text: word.text.slice(glued[1].length), start: offset, end: word.end });
  return parts;
}

/** Two or three capital initials with a full stop before a name: "MA. Rina Wulandari". */
const DOTTED_INITIALS = /^\p{Lu}{2,3}\.$/u;

/** Two or three capitals inside a name: initials ("IB", "HS", "CH"), left out of the identity key. */
const CAPITAL_INITIALS = /^\p{Lu}{2,3}$/u;

function keyOf(nameWords: readonly string[]): string {
  const parts: string[] = [];
  for (const word of nameWords) {
    // Initials do not make identity: "IB Made Arsa" is "Ida Bagus Made Arsa".
    if (isInitial(word) || DOTTED_INITIALS.test(word) || CAPITAL_INITIALS.test(word)) continue;
    const lower = word.toLowerCase();
    const letters = /^[\p{L}-]+$/u.test(lower) ? lower : lower.replace(/[^\p{L}\s-]/gu, "");
    if (letters.length > 1) parts.push(letters);
  }
  return parts.join(" ");
}

export interface NameOptions {
  /**
   * Accept lower-case words after the first ("Ir. Tontro pahlawanto sekda kabupaten madiun"): only where
   * the title after the name is itself written in lower case, a sloppy copy.
   */
  lowerCase?: boolean;
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The name starting at `from` (after a title, region and comma), or null. Leading honorifics and
 * trailing degrees are kept in `displayName` only.
 */
export function readNameForward(text: string, from: number, options: NameOptions = {}): PersonName | null {
  // Most titles are followed by no name ("Bupati Mahulu dari ..."): a lower-case word that is not an
  // honorific ("dr") settles it without further work.
  const first = text.charAt(from);
  if (
    first === "" ||
    (first === first.toLowerCase() && !isHonorific(/^\S*/.exec(text.slice(from, from + 6))?.[0] ?? ""))
  ) {
    return null;
  }
  const raw = new WordsFrom(text, from, 12);
  const nameWords: string[] = [];
  let displayStart = -1;
  let nameEnd = -1;
  let displayEnd = -1;
  let inDegrees = false;
  for (let i = 0; ; i++) {
    const word = raw.get(i);
    if (!word) break;
    const firstCode = word.text.charCodeAt(0);
    if (nameWords.length === 0 && displayStart >= 0 && RETIRED.test(word.text)) continue;
    // 40 '(', 34 '"', 0x201c '“': a bracket or a quote ends the name.
    if (firstCode === 40 || firstCode === 34 || firstCode === 0x201c) break;
    const core = withoutClosingPunctuation(word.text);
    const trailingComma = word.text.charCodeAt(word.text.length - 1) === 44;
    const closes = core.length < word.text.length && !trailingComma;
    const endsWithDot = core.charCodeAt(core.length - 1) === 46;
    const initial = isInitial(core) || (endsWithDot && NAME_ABBREVIATIONS.has(fold(core)));
    // "H.A Rahman", "A.A. Gde": dotted single initials before a name are shown, not part of it.
    const dottedLead = nameWords.length === 0 && /^(?:\p{Lu}\.){1,3}\p{Lu}?$/u.test(core) && core.length > 2;
    if (nameWords.length === 0 && (isHonorific(core) || dottedLead)) {
      if (displayStart < 0) displayStart = word.start;
      continue;
    }
    if (core.length === 1 && (inDegrees || nameWords.length >= 2) && spacedDegree(core, raw.get(i + 1))) {
      inDegrees = true;
      const piece = raw.get(i + 1) as RawWord;
      displayEnd = piece.start + withoutClosingPunctuation(piece.text).length;
      i++;
      continue;
    }
    // An adat title after the name ("Epyardi Asda Dt. Majo Lelo") is not part of it.
    if (nameWords.length > 0 && ADAT_TITLES.has(fold(core).replace(/\.$/, ""))) break;
    const degree = nameWords.length > 0 && isDegree(core);
    const stopsHere = closes || (endsWithDot && !initial && !degree && !isHonorific(core));
    if (degree) {
      inDegrees = true;
      displayEnd = word.start + core.length;
      if (stopsHere && !endsWithDot) break;
      continue;
    }
    if (inDegrees) break;
    const bare = endsWithDot ? core.slice(0, -1) : core;
    if (
      nameWords.length === 0 &&
      DOTTED_INITIALS.test(core) &&
      isNameWord(withoutClosingPunctuation(raw.get(i + 1)?.text ?? ""))
    ) {
      // "MA. Rina Wulandari": initials, not an agency acronym or a degree.
      if (displayStart < 0) displayStart = word.start;
      nameWords.push(core);
      continue;
    }
    // "Plt", "Kadisdik", "Sekda": the next official's title, not a name; "Bupati ROR": a nickname or an
    // agency in capitals, after which Title Case text is no name either.
    if (nameWords.length === 0 && (startsTitle(bare.toLowerCase()) || /^\p{Lu}{3,}$/u.test(bare))) break;
    const particle = nameWords.length > 0 && PARTICLES.has(bare);
    const sloppy =
      options.lowerCase === true &&
      nameWords.length > 0 &&
      /^\p{Ll}{2,}$/u.test(bare) &&
      !STOP_WORDS.has(bare) &&
      !startsTitle(bare);
    if (
      !initial &&
      !particle &&
      !sloppy &&
      !isNameWord(bare) &&
      !nameEndingLikeVerb(bare, trailingComma, raw.get(i + 1))
    )
      break;
    if (nameWords.length >= 6) break;
    if (displayStart < 0) displayStart = word.start;
    nameWords.push(initial ? core : sloppy ? titleCase(bare) : bare);
    nameEnd = word.start + (initial ? core.length : bare.length);
    displayEnd = nameEnd;
    if (stopsHere) break;
    if (trailingComma) {
      // After a comma only degrees may follow ("Ahmad Yani, SH"); anything else ends the name.
      const next = raw.get(i + 1);
      const nextCore = next ? withoutClosingPunctuation(next.text) : "";
      if (!next || !(isDegree(nextCore) || spacedDegree(nextCore, raw.get(i + 2)))) break;
      inDegrees = true;
    }
  }
  while (nameWords.length > 0 && PARTICLES.has(nameWords[nameWords.length - 1] as string)) nameWords.pop();
  const key = keyOf(nameWords);
  if (nameWords.length === 0 || key.length < 3 || displayStart < 0) return null;
  // All-capital short words are agency acronyms, not names ("Kepala OPD").
  if (nameWords.every((w) => w.length >= 2 && w.length <= 6 && w === w.toUpperCase())) return null;
  return {
    name: nameWords.join(" "),
    displayName: text.slice(displayStart, displayEnd),
    key,
    start: displayStart,
    end: displayEnd,
  };
}
