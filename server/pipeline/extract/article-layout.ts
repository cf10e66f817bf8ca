/**
 * The structure of a news page as text: headline, page header (where the site prints dates), datelines
 * ("PURWOREJO, seputarpurworejo.com –"), and the parts that are not the article: "Baca juga" links,
 * teasers of other articles, and everything after the sign-off or the footer (Editor, Tags, Komentar).
 *
 * Why: pages carry other articles' words. A region in a teaser ("Sidoarjo bharindo.co.id – ...") or a
 * "Baca juga" line must not become a party, the page's print date must not become the event date, and a
 * dateline names where the story was filed, not who acted.
 */
import { splitLines, type Span } from "./sentences.ts";

export interface ArticleLayout {
  lines: readonly Span[];
  headline: Span | null;
  /** The headline and its copies (pages print it two or three times). */
  headlines: readonly Span[];
  /** Offset of the first line of running prose: what comes before is page header. */
  bodyStart: number;
  datelines: readonly Span[];
  /** Sorted spans that are not part of the article. */
  excluded: readonly Span[];
}

const LINK_LINE =
  /^\s*(?:baca|simak|lihat|tonton) (?:juga|pula|selengkapnya)\b|^\s*(?:berita|artikel) terkait\b|^\s*related posts?\b/i;

/** A footer heading: a short line, or the word followed by a colon. */
const FOOTER_LINE =
  /^\s*(?:editor|penulis|reporter|pewarta|sumber|tags?|tag terkait|komentar|related posts|rekomendasi|terkini|terpopuler|alamat|bagikan|share|tinggalkan balasan|nilai kualitas konten|dilarang mengambil|copyright|hak cipta|ikuti kami|berita lainnya|berita terbaru|artikel lainnya)\b/i;

/** "(gie)", "(cdn.wan)", "(PS/EDWARD)", "(Ju)*", "(nnts***)": a reporter's sign-off after a full stop. */
const SIGN_OFF = /(?:^|[.!?"”’]\s*)\(([^()\s]{1,30})\)[\s.*]*/g;

const DOMAIN = /\w\.(?:com|co\.id|id|net|org|news|tv|info)\b/i;
const CAPITALS_WORD = /\b\p{Lu}{3,}\b/u;
const SEPARATOR = /\s*(?:[–—]+-*|-{1,3}|,-)\s*/g;
const MONTH_OR_TIME =
  /\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b\s+\d{4}|\d{1,2}[:.]\d{2}\s*(?:wib|wita|wit)\b/i;

/**
 * Page chrome that copies the headline behind navigation: "Beranda Jawa Timur <headline>", "Home » Daerah
 * » ...": never the headline, or its section's region would join the event (E8).
 */
const NAVIGATION = /^\s*(?:beranda|home|homepage|halaman utama|index|indeks)\b|[»›]|\s[>|]\s.*\s[>|]\s/i;

function isProse(text: string): boolean {
  if (text.length < 80) return false;
  const trimmed = text.trim();
  if (trimmed.length < 80) return false;
  let words = 1;
  for (let i = 0; i < trimmed.length && words < 10; i++) if (trimmed.charCodeAt(i) === 32) words++;
  return words >= 10 && (/[.!?"”]$/.test(trimmed) || trimmed.length >= 150);
}

function isSignOffContent(content: string): boolean {
  return /[a-z/*]/.test(content) && !/^\d+$/.test(content);
}

function qualifiesAsDateline(prefix: string, separator: string): boolean {
  const words = prefix.trim().split(/\s+/).length;
  // A full stop inside is allowed only after a word in capitals ("BANDUNG. BEDAnews.com –").
  const sentenceInside = /[.!?]\s/.test(prefix.replace(/\b\p{Lu}{3,}\.\s/gu, ""));
  if (prefix.trim().length < 2 || prefix.length > 70 || words > 8 || sentenceInside) return false;
  return (
    DOMAIN.test(prefix) ||
    CAPITALS_WORD.test(prefix) ||
    /\(\s*\p{Lu}/u.test(prefix) ||
    separator.startsWith(",")
  );
}

/** "KOTA, media.com –" at the start of a line: the span up to and including the dash. */
export function datelineOf(text: string, line: Span): Span | null {
  const window = text.slice(line.start, Math.min(line.end, line.start + 90));
  if (!/[-–—]/.test(window)) return null;
  SEPARATOR.lastIndex = 0;
  let found: Span | null = null;
  for (let m = SEPARATOR.exec(window); m !== null; m = SEPARATOR.exec(window)) {
    const after = window.charAt(m.index + m[0].length);
    if (after === "" || /\p{Ll}/u.test(after)) {
      if (found) break;
      continue;
    }
    const prefix = window.slice(0, m.index);
    if (!found) {
      if (!qualifiesAsDateline(prefix, m[0])) continue;
      found = { start: line.start, end: line.start + m.index + m[0].length };
    } else {
      // A second segment joins the dateline only when it is itself in capitals or a domain.
      const segment = window.slice(found.end - line.start, m.index);
      if (/\p{Ll}/u.test(segment.replace(DOMAIN, "")) || segment.trim().split(/\s+/).length > 4) break;
      found = { start: line.start, end: line.start + m.index + m[0].length };
    }
  }
  return found;
}

function signOffEnd(text: string, line: Span): number | null {
  // A sign-off sits at the end of its line: only the last stretch can hold one.
  const from = Math.max(line.start, line.end - 80);
  if (!text.slice(from, line.end).includes("(")) return null;
  const content = text.slice(line.start, line.end);
  SIGN_OFF.lastIndex = 0;
  for (let m = SIGN_OFF.exec(content); m !== null; m = SIGN_OFF.exec(content)) {
    const rest = content.slice(m.index + m[0].length);
    if (isSignOffContent(m[1] ?? "") && rest.length <= 40) return line.start + m.index + m[0].length;
  }
  return null;
}

function isLetter(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /\p{L}/u.test(text.charAt(i));
}

/** Words of four letters or more, lower-cased (a loop: faster than a Unicode regular expression). */
function contentWords(line: string): Set<string> {
  const words = new Set<string>();
  const lower = line.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const letter = i < lower.length && isLetter(lower.charCodeAt(i), lower, i);
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (i - start >= 4) words.add(lower.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/**
 * The headline among the page's header lines: the one sharing most words with the lead (site chrome
 * such as "Selamat Datang di ..." shares none), then the first; its copies are headlines too.
 */
function findHeadlines(text: string, lines: readonly Span[], bodyLine: number): Span[] {
  const body = lines[bodyLine];
  const lead = body ? contentWords(text.slice(body.start, body.end)) : new Set<string>();
  let best: { span: Span; content: string; score: number } | null = null;
  for (let i = 0; i < bodyLine && i < 12; i++) {
    const line = lines[i] as Span;
    const content = text.slice(line.start, line.end).trim();
    if (!/^[\p{L}\p{N}"“']/u.test(content) || content.split(/\s+/).length < 4 || content.length > 200)
      continue;
    if (MONTH_OR_TIME.test(content) || NAVIGATION.test(content)) continue;
    let score = 0;
    for (const word of contentWords(content)) if (lead.has(word)) score++;
    if (!best || score > best.score) best = { span: line, content, score };
  }
  if (!best) return [];
  const copies: Span[] = [best.span];
  for (let i = 0; i < bodyLine; i++) {
    const line = lines[i] as Span;
    if (line !== best.span && text.slice(line.start, line.end).trim() === best.content) copies.push(line);
  }
  return copies;
}

export function analyseLayout(text: string, lines: readonly Span[] = splitLines(text)): ArticleLayout {
  let bodyLine = lines.findIndex((l) => isProse(text.slice(l.start, l.end)));
  if (bodyLine < 0) bodyLine = 0;
  const bodyStart = lines[bodyLine]?.start ?? 0;
  const headlines = findHeadlines(text, lines, bodyLine);
  const excluded: Span[] = [];
  const datelines: Span[] = [];
  let proseLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Span;
    const content = text.slice(line.start, line.end);
    if (LINK_LINE.test(content)) {
      excluded.push(line);
      continue;
    }
    if (i < bodyLine) continue;
    const isFooter =
      FOOTER_LINE.test(content) && (content.trim().length <= 40 || /^\s*[\p{L} ]+\s*:/u.test(content));
    // A photo credit ("Sumber : ANTARA") under a caption is not the footer: that comes after the prose.
    if (isFooter && proseLines >= 2) {
      excluded.push({ start: line.start, end: text.length });
      break;
    }
    if (/(?:…|\.\.\.)\s*$/.test(content) && DOMAIN.test(content) && i > bodyLine) {
      excluded.push(line);
      continue;
    }
    if (isProse(content)) proseLines++;
    // Datelines open the story's first paragraphs; further down a dash is just punctuation.
    const dateline = proseLines <= 3 ? datelineOf(text, line) : null;
    if (dateline) datelines.push(dateline);
    const signOff = signOffEnd(text, line);
    if (signOff !== null) {
      excluded.push({ start: signOff, end: text.length });
      break;
    }
  }
  return { lines, headline: headlines[0] ?? null, headlines, bodyStart, datelines, excluded };
}

/** Is the offset inside one of the (sorted) spans? */
export function insideAny(spans: readonly Span[], offset: number): boolean {
  for (const span of spans) {
    if (offset < span.start) return false;
    if (offset < span.end) return true;
  }
  return false;
}
