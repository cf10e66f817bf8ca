/**
 * Splits article text into lines and sentences, keeping their offsets.
 *
 * Why: events are stated sentence by sentence, and a fact's evidence is the sentence it came from.
 * Indonesian news is full of abbreviations that end in a full stop ("Dr. Ir. H. W. Musyafirin",
 * "Kab. Bandung", "No. 8-9"), so a full stop ends a sentence only when it follows a real word and is
 * followed by white space and a capital, a quote or a digit. A line break always ends a sentence:
 * headlines, captions and datelines are lines of their own.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the line the sentence is on. */
  line: number;
}

/**
 * Words that end in a full stop without ending the sentence (folded, without the stop): honorifics
 * that come before a name and common abbreviations. Degrees after a name ("SSTP MM.") are not here: a
 * capital after them starts a new sentence.
 */
const ABBREVIATIONS = new Set(
  (
    "dr drs dra drg ir h hj hm prof kh rh no nomor jl jln kab kec kel prov des ds rt rw tbk pt cv sdr bpk " +
    "bp yth an dll dsb dst tsb rp sept okt nov jan feb mar apr jun jul agu ags agt jend brigjen kol letkol " +
    "mayjen kombes akbp drh dt capt kapt " +
    // Abbreviated titles and ranks before a name: "Kabag. Hukum Dewi", "Plt. Kepala Dinas", "Irjen Pol. Budi".
    "kabag kabid kadis kaban kasubag kasubbag kasi kasie plt plh pj pjs irjen komjen kompol iptu ipda aiptu akp " +
    "pol purn letjen marsda laksda muh moh mohd mhd muhd moch"
  ).split(" "),
);

export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
    lines.push({ start, end });
    start = end + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x3000;
}

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(text.charAt(i));
}

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && isWordCode(text, i)) i--;
  return text.slice(i + 1, dot);
}

/** Does the full stop (or ! ?) at `at` end a sentence? */
function endsSentence(text: string, at: number, lineEnd: number): boolean {
  let next = at + 1;
  // A closing quote or bracket right after the stop belongs to the sentence it closes.
  while (next < lineEnd && /["'”’)\]]/.test(text.charAt(next))) next++;
  if (next >= lineEnd) return true;
  if (!isSpace(text.charCodeAt(next))) return false;
  while (next < lineEnd && isSpace(text.charCodeAt(next))) next++;
  if (next >= lineEnd) return true;
  const following = text.charAt(next);
  if (!/[\p{Lu}\p{N}"'“‘(]/u.test(following)) return false;
  // "di Ambon, Jumat. (13/12/2019)": a bracketed date after the stop still belongs to the sentence.
  if (following === "(" && /^\(\s*\d{1,2}[/.-]\d{1,2}/.test(text.slice(next, next + 8))) return false;
  if (text.charAt(at) !== ".") return true;
  const word = wordBefore(text, at);
  if (word.length === 0) return true;
  if (word.length === 1 && word !== word.toLowerCase()) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // "S Sos." is S.Sos. written with a space: a degree although "Sos" alone does not look like one.
  const spacedDegree = /(?:^|\s)\p{Lu}\s$/u.test(
    text.slice(Math.max(0, at - word.length - 3), at - word.length),
  );
  if (!spacedDegree && !isDegreeWord(word)) return true;
  const nextWord = (/^\S+/.exec(text.slice(next, Math.min(lineEnd, next + 12)))?.[0] ?? "").replace(
    /[,;]$/,
    "",
  );
  return !isDegreeWord(nextWord) && !/^\p{Lu}$/u.test(nextWord);
}

/**
 * Does the line run on into the next? Hard-wrapped text breaks sentences mid-way: a line that does not
 * end in sentence punctuation, followed by a line starting in lower case, continues the sentence.
 */
function runsOn(text: string, line: Span, next: Span | undefined): boolean {
  if (!next) return false;
  const tail = text.slice(line.start, line.end).trimEnd();
  const head = text.slice(next.start, next.end).trimStart();
  return tail.length > 0 && !/[.!?:;"”’)]$/.test(tail) && /^\p{Ll}/u.test(head);
}

const SENTENCE_MARK = /[.!?]/g;

/** Sentences with offsets trimmed of surrounding white space; empty ones are dropped. */
export function splitSentences(text: string, lines: readonly Span[] = splitLines(text)): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number, line: number): void => {
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) sentences.push({ start, end, index: sentences.length, line });
  };
  let start = lines[0]?.start ?? 0;
  let startLine = 0;
  // Every stop in one native scan, faster than a loop over every character in JavaScript.
  const marks: number[] = [];
  SENTENCE_MARK.lastIndex = 0;
  for (let m = SENTENCE_MARK.exec(text); m !== null; m = SENTENCE_MARK.exec(text)) marks.push(m.index);
  let next = 0;
  lines.forEach((line, lineIndex) => {
    while (next < marks.length && (marks[next] as number) < line.start) next++;
    while (next < marks.length && (marks[next] as number) < line.end) {
      const at = marks[next++] as number;
      if (at < start || !endsSentence(text, at, line.end)) continue;
      let end = at + 1;
      while (end < line.end && /["'”’)\]]/.test(text.charAt(end))) end++;
      push(start, end, startLine);
      start = end;
      startLine = lineIndex;
    }
    if (runsOn(text, { start: Math.max(start, line.start), end: line.end }, lines[lineIndex + 1])) return;
    push(start, line.end, startLine);
    start = lines[lineIndex + 1]?.start ?? line.end;
    startLine = lineIndex + 1;
  });
  return sentences;
}

/** Words after a name that are academic degrees ("SP. MM. M.Si"): a degree before another degree does not end a sentence. */
function isDegreeWord(word: string): boolean {
  return (
    /^(?:\p{Lu}{1,2}\.?\p{L}{0,4}\.?)+$/u.test(word) && word.length <= 8 && /\p{Lu}.*[\p{Lu}.]/u.test(word)
  );
}

/** Index of the sentence containing `offset`, or -1 (binary search over sorted sentences). */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
