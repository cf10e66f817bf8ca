/**
 * Officials named with a title, each tied to the region they serve.
 *
 * Why these rules: the region is usually in the title ("Wali Kota Bekasi Rahmat Effendi"). When it is
 * not ("Kepala Dinas Kesehatan H.Tuwuh" in a list of the Pemkab's staff, "Wakil Bupati, Darma Wijaya"
 * after "Bupati Serdang Bedagai ... didampingi"), it comes from the official they accompany or represent,
 * else from the nearest government named in the same sentence that no other official's title claims,
 * else from the article's main region of the title's level (a Wali Kota serves a kota). The same person
 * printed twice ("Sandiaga Salahudin Uno", "Sandiaga Uno") is one person.
 */
import { distance } from "fastest-levenshtein";
import type { Person } from "../../schemas/facts.ts";
import type { RegionLevel } from "./gazetteer.ts";
import { readNameBackward, readNameForward, type PersonName } from "./person-names.ts";
import type { ArticleMention } from "./region-context.ts";
import { sentenceIndexAt, type Sentence } from "./sentences.ts";
import { evidenceOf, type Token } from "./text.ts";
import { isOfficeName, readTitle, type TitleMatch } from "./titles.ts";

interface Official {
  title: TitleMatch;
  sentence: number;
  /** The region named in the title itself. */
  own: ArticleMention | null;
  name: PersonName | null;
  region: string | null;
}

/** Words between a title and its region that belong to the region phrase ("Sekda Kota Malang"). */
const REGION_LEAD_WORDS = new Set([
  "kabupaten",
  "kab",
  "kota",
  "provinsi",
  "prov",
  "pemerintah",
  "administrasi",
]);

/** Connectors that make an official act on another's behalf or in their company. */
const ACCOMPANYING =
  /^[\s,]*(?:yang\s+)?(?:(?:didampingi|diwakili)(?:\s+oleh)?|mendampingi|mewakili|beserta|dan|,)[\s,]*$/;

/** The region of ministers and directors general: the country. */
const NATIONAL = "ID";

/** Words before a title that make it an office being contested rather than held. */
const ELECTION_WORDS = new Set([
  "pemilihan",
  "calon",
  "cabup",
  "cawali",
  "bakal",
  "paslon",
  "kandidat",
  "pilkada",
]);

/** Characters between two words that end a phrase: sentence punctuation or a line break. */
const SENTENCE_GAP = /[.!?;:\n]/;

function regionAfterTitle(
  text: string,
  tokens: readonly Token[],
  title: TitleMatch,
  mentionsByToken: ReadonlyMap<number, ArticleMention>,
): ArticleMention | null {
  for (let t = title.tokenEnd; t < title.tokenEnd + 4 && t < tokens.length; t++) {
    // The region phrase never crosses a sentence end or a line ("kepala daerah.\n\nBupati Banjar").
    const previous = tokens[t - 1] as Token;
    const gap = text.slice(previous.end, (tokens[t] as Token).start);
    if (SENTENCE_GAP.test(gap) && !(gap.startsWith(". ") && REGION_LEAD_WORDS.has(previous.text)))
      return null;
    const mention = mentionsByToken.get(t);
    // "Kepala daerah Bupati Banjar": the region belongs to the next title, not to this one.
    if (mention) return mention.prefix?.type === "title" && mention.prefix.tokenStart === t ? null : mention;
    if (!REGION_LEAD_WORDS.has((tokens[t] as Token).text)) return null;
  }
  return null;
}

/** Where the name may start: after the region (or title), a bracketed acronym and a comma. */
function nameStart(text: string, from: number): number {
  let at = from;
  const bracket = /^\s*\([^()\n]{1,40}\)/.exec(text.slice(at));
  if (bracket) at += bracket[0].length;
  const comma = /^\s*,?\s*/.exec(text.slice(at));
  return at + (comma ? comma[0].length : 0);
}

/** Heads of region may serve abroad (Wali Kota Kochi); offices such as Sekda serve Indonesian regions. */
function fits(level: RegionLevel | null, m: ArticleMention): boolean {
  if (level === null) return m.ref.kind === "province" || m.ref.kind === "regency" || m.ref.kind === "city";
  if (m.ref.kind === "foreign_region") return level !== "regency";
  return m.ref.kind === level;
}

/** Index of the first value >= target in a sorted array (binary search). */
function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A name is not an office ("Kepala Sub Bagian (Kasubag) Humas") and holds no region ("Wakil Wali Kota
 * Eksekutif Nanjing"): such readings are a title or place misread as a name.
 */
function plausibleName(name: PersonName, mentionStarts: readonly number[]): boolean {
  const first = name.name.split(" ")[0] ?? "";
  if (isOfficeName(first)) return false;
  const at = lowerBound(mentionStarts, name.start);
  return at >= mentionStarts.length || (mentionStarts[at] as number) >= name.end;
}

function findOfficials(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  mentions: readonly ArticleMention[],
  skip: (offset: number) => boolean,
): Official[] {
  const mentionsByToken = new Map<number, ArticleMention>();
  for (const m of mentions) mentionsByToken.set(m.prefix?.tokenStart ?? m.tokenStart, m);
  for (const m of mentions) if (!mentionsByToken.has(m.tokenStart)) mentionsByToken.set(m.tokenStart, m);
  const officials: Official[] = [];
  const mentionStarts = mentions.map((m) => m.start).sort((a, b) => a - b);
  for (let i = 0; i < tokens.length; i++) {
    const title = readTitle(text, tokens, i);
    if (!title || skip(title.start)) continue;
    // "Pemilihan Bupati", "calon Wali Kota": an office being contested, not one held.
    if (i > 0 && ELECTION_WORDS.has((tokens[i - 1] as Token).text)) continue;
    // A minister serves the country: a region after the title is the ministry's subject or the venue.
    const own = title.national ? null : regionAfterTitle(text, tokens, title, mentionsByToken);
    let name: PersonName | null = null;
    if (title.title !== "Camat" || own) {
      name = readNameForward(text, nameStart(text, own ? own.end : title.end));
      const capitalised = (tokens[title.tokenStart] as Token).capitalised;
      if (
        !name &&
        own &&
        capitalised &&
        /,\s*$/.test(text.slice(Math.max(0, title.start - 3), title.start))
      ) {
        name = readNameBackward(text, title.start);
      }
      if (name && !plausibleName(name, mentionStarts)) name = null;
    }
    officials.push({
      title,
      sentence: sentenceIndexAt(sentences, title.start),
      own,
      name,
      region: title.national ? NATIONAL : (own?.ref.code ?? null),
    });
    const consumedTo = name && name.end > title.end ? name.end : (own?.end ?? title.end);
    while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < consumedTo) i++;
  }
  return officials;
}

/** The region most often acting in the article at a level: the default for titles without one. */
function homeRegion(mentions: readonly ArticleMention[], level: RegionLevel | null): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (
      !m.prefix ||
      m.prefix.type === "venue" ||
      m.dateline ||
      !fits(level, m) ||
      m.ref.kind === "foreign_region"
    ) {
      continue;
    }
    counts.set(m.ref.code, (counts.get(m.ref.code) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, count] of counts) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}

/** What context resolution needs, computed once per article (long inputs must stay linear). */
interface Context {
  officials: readonly Official[];
  mentionsBySentence: ReadonlyMap<number, ArticleMention[]>;
  claimed: ReadonlySet<ArticleMention>;
  home: Map<RegionLevel | null, string | null>;
  mentions: readonly ArticleMention[];
  /** Distinct names already tied to a region, in order of appearance. */
  named: { key: string; region: string }[];
  text: string;
}

function contextRegion(official: Official, index: number, context: Context): string | null {
  const key = official.name?.key;
  const namedBefore = key ? context.named.find((n) => sameName(n.key, key)) : undefined;
  if (namedBefore) return namedBefore.region;
  const previous = context.officials[index - 1];
  if (previous && previous.sentence === official.sentence && previous.region) {
    const between = context.text.slice(
      previous.name?.end ?? previous.own?.end ?? previous.title.end,
      official.title.start,
    );
    if (ACCOMPANYING.test(between)) return previous.region;
  }
  const usable = (context.mentionsBySentence.get(official.sentence) ?? []).filter(
    (m) => !context.claimed.has(m) && !m.dateline && fits(official.title.level, m),
  );
  const before = usable.filter((m) => m.end <= official.title.start);
  const after = usable.filter((m) => m.start >= official.title.end);
  const chosen = before[before.length - 1] ?? after[0];
  if (chosen) return chosen.ref.code;
  const level = official.title.level;
  if (!context.home.has(level)) context.home.set(level, homeRegion(context.mentions, level));
  return context.home.get(level) ?? null;
}

/** Same number of words, same first word's initial: "Anies Abswedan" may be "Anies Baswedan", "Hadi" is not "Andi". */
function sameInitials(a: string, b: string): boolean {
  return a.charCodeAt(0) === b.charCodeAt(0) && spaces(a) === spaces(b);
}

function spaces(s: string): number {
  let count = 0;
  for (let i = s.indexOf(" "); i >= 0; i = s.indexOf(" ", i + 1)) count++;
  return count;
}

/** One person printed two ways: a subset of the words ("Sandiaga Uno"), or a typo ("Usuludin"). */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const typos = a.length >= 10 ? 2 : 1;
  if (
    Math.min(a.length, b.length) >= 8 &&
    Math.abs(a.length - b.length) <= typos &&
    sameInitials(a, b) &&
    distance(a, b) <= typos
  ) {
    return true;
  }
  // Two different one-word names are two people: no need to split them.
  if (!a.includes(" ") && !b.includes(" ")) return false;
  const x = a.split(" ");
  const y = b.split(" ");
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 1) return short[0] === long[0] || short[0] === long[long.length - 1];
  return short.every((w) => long.includes(w));
}

export function extractPeople(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  mentions: readonly ArticleMention[],
  skip: (offset: number) => boolean,
): Person[] {
  const officials = findOfficials(text, tokens, sentences, mentions, skip);
  const mentionsBySentence = new Map<number, ArticleMention[]>();
  for (const m of mentions) {
    const list = mentionsBySentence.get(m.sentence);
    if (list) list.push(m);
    else mentionsBySentence.set(m.sentence, [m]);
  }
  const context: Context = {
    officials,
    mentionsBySentence,
    claimed: new Set(officials.filter((o) => o.name && o.own).map((o) => o.own as ArticleMention)),
    home: new Map(),
    mentions,
    named: [],
    text,
  };
  officials.forEach((official, index) => {
    if (!official.region) official.region = contextRegion(official, index, context);
    const key = official.name?.key;
    if (key && official.region && !context.named.some((n) => n.key === key)) {
      context.named.push({ key, region: official.region });
    }
  });
  const people: Person[] = [];
  for (const official of officials) {
    const { name, region } = official;
    if (!name || !region) continue;
    const same = people.find((p) => p.region === region && sameName(p.key, name.key));
    if (same) {
      if (name.key.split(" ").length > same.key.split(" ").length) {
        same.name = name.name;
        same.key = name.key;
        same.displayName = name.displayName;
      }
      continue;
    }
    people.push({
      name: name.name,
      displayName: name.displayName,
      key: name.key,
      title: official.title.title,
      region,
      evidence: evidenceOf(
        text,
        Math.min(official.title.start, name.start),
        Math.max(name.end, official.own?.end ?? 0, official.title.end),
      ),
    });
  }
  return people;
}
