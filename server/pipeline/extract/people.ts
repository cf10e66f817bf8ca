/**
 * Officials named with a title, each tied to the region they serve; and, for the event stage, the map
 * from an official's personal name to that region (a party named only by a name introduced earlier).
 *
 * Why these rules: the region is usually in the title ("Wali Kota Bekasi Rahmat Effendi"). When it is
 * not ("Kepala Dinas Kesehatan H.Tuwuh" in a list of the Pemkab's staff, "Wakil Bupati, Darma Wijaya"
 * after "Bupati Serdang Bedagai ... didampingi"), it comes from the official they accompany or represent
 * (either way round: "Analis Kebijakan Ahli Muda Rina, yang mewakili Kepala Biro ... Setda Jatim"), else
 * from the nearest government named in the same sentence that no other official's title claims, else from
 * the article's main region of the title's level (a Wali Kota serves a kota). The same person printed
 * twice ("Sandiaga Salahudin Uno", "Sandiaga Uno") is one person. Consuls serve only the country their
 * title names; ministers and directors general serve the country, `ID` (the loader keeps them, the
 * scorer does not count them).
 */
import { distance } from "fastest-levenshtein";
import type { Person } from "../../schemas/facts.ts";
import type { DistrictIndex } from "./districts.ts";
import type { RegionLevel } from "./gazetteer.ts";
import { findOfficials, NATIONAL, type Official } from "./officials.ts";
import type { ArticleMention } from "./region-context.ts";
import type { RegionMatcher } from "./region-matcher.ts";
import type { Sentence } from "./sentences.ts";
import { evidenceOf, type Token } from "./text.ts";

export { NATIONAL } from "./officials.ts";

/** What the people stage needs beyond the article: the region matcher's names and the districts. */
export interface PeopleResources {
  matcher: RegionMatcher;
  districts: DistrictIndex;
}

/** Words that make an official act on another's behalf or in their company ("beserta rombongan dan"). */
const ACCOMPANYING_WORDS = new Set(
  "yang didampingi diwakili oleh mendampingi mewakili beserta bersama serta dan rombongan jajaran para pejabat".split(
    " ",
  ),
);

/** Only connectors and list punctuation between two officials: the second is in the first's company. */
function accompanies(between: string): boolean {
  const words = between.split(/[\s,;]+/).filter((w) => w.length > 0);
  return words.length <= 5 && words.every((w) => ACCOMPANYING_WORDS.has(w)) && /[,;]|\S/.test(between);
}

/** "<representative>, yang mewakili <Title Region>": the representative serves the region represented. */
const REPRESENTING = /^[\s,]*(?:yang\s+)?(?:mewakili|atas\s+nama)\s*$/;

/** Heads of region may serve abroad (Wali Kota Kochi); offices such as Sekda serve Indonesian regions. */
function fits(level: RegionLevel | null, m: ArticleMention): boolean {
  if (level === null) return m.ref.kind === "province" || m.ref.kind === "regency" || m.ref.kind === "city";
  if (m.ref.kind === "foreign_region") return level !== "regency";
  return m.ref.kind === level;
}

/**
 * The region most often acting in the article at a level: the default for titles without one. Regions
 * named with a prefix (Pemkab X, Bupati X) count first; only when none fits, bare names that are not a
 * venue, a dateline, a place of action or a witness ("orang nomor satu di Tanah Minahasa" does not count,
 * "Setdakab Minahasa" does).
 */
function homeRegion(mentions: readonly ArticleMention[], level: RegionLevel | null): string | null {
  const prefixed = new Map<string, number>();
  const bare = new Map<string, number>();
  for (const m of mentions) {
    if (m.prefix?.type === "venue" || m.dateline || !fits(level, m) || m.ref.kind === "foreign_region")
      continue;
    if (m.prefix) prefixed.set(m.ref.code, (prefixed.get(m.ref.code) ?? 0) + 1);
    else if (!m.venue && !m.locative && !m.witness && !m.qualifier && !m.inHeader)
      bare.set(m.ref.code, (bare.get(m.ref.code) ?? 0) + 1);
  }
  return mostFrequent(prefixed.size > 0 ? prefixed : bare);
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | null {
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
  const next = context.officials[index + 1];
  if (next && next.sentence === official.sentence && next.own && !next.ownOnly) {
    const between = context.text.slice(official.name?.end ?? official.title.end, next.title.start);
    if (REPRESENTING.test(between)) return next.region ?? next.own.ref.code;
  }
  const previous = context.officials[index - 1];
  // A minister's companion is not a minister: the country is never passed on to a regional title.
  if (
    previous &&
    previous.sentence === official.sentence &&
    previous.region &&
    previous.region !== NATIONAL
  ) {
    const between = context.text.slice(
      previous.name?.end ?? previous.own?.end ?? previous.title.end,
      official.title.start,
    );
    if (accompanies(between)) return previous.region;
  }
  const usable = (context.mentionsBySentence.get(official.sentence) ?? []).filter(
    (m) => !context.claimed.has(m) && !m.dateline && fits(official.title.level, m),
  );
  const before = usable.filter((m) => m.end <= official.title.start);
  const after = usable.filter((m) => m.start >= official.title.end);
  if (before.length > 0) return (before[before.length - 1] as ArticleMention).ref.code;
  // "Gubernur Budi meminta Wagub Rina ... meniru Jawa Tengah": an official earlier in
  // the sentence at the same level tells more than a region named after the title.
  const earlier = context.officials
    .slice(0, index)
    .reverse()
    .find((o) => o.sentence === official.sentence && o.region && o.region !== NATIONAL);
  if (earlier?.region && official.title.level !== null && earlier.title.level === official.title.level)
    return earlier.region;
  if (after[0]) return after[0].ref.code;
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
export function sameName(a: string, b: string): boolean {
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
  resources?: PeopleResources,
): Person[] {
  const officials = findOfficials({
    text,
    tokens,
    sentences,
    mentions,
    skip,
    matcher: resources?.matcher,
    districts: resources?.districts,
  });
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
  // A name whose title names its region anywhere in the article decides that name's region elsewhere
  // ("Asisten Pemerintahan Budi" in a sentence about the host is the visitor's "Asisten ... Mimika, Budi").
  for (const official of officials) {
    const key = official.name?.key;
    if (key && official.own && official.region && !context.named.some((n) => n.key === key))
      context.named.push({ key, region: official.region });
  }
  officials.forEach((official, index) => {
    if (!official.region && !official.ownOnly) official.region = contextRegion(official, index, context);
    const key = official.name?.key;
    if (key && official.region && !context.named.some((n) => n.key === key)) {
      context.named.push({ key, region: official.region });
    }
  });
  // One holder per head of region and title in an article: "Bupati Lumajang Rina" is named, so a later
  // "Bupati Milenial" whose region comes only from context is an epithet, not a second Bupati.
  const holders = new Map<string, string>();
  for (const o of officials) {
    if (o.title.isHead && o.own && o.name && o.region)
      holders.set(`${o.title.title}|${o.region}`, o.name.key);
  }
  const people: Person[] = [];
  for (const official of officials) {
    const { name, region } = official;
    if (!name || !region) continue;
    const holder =
      official.title.isHead && !official.own ? holders.get(`${official.title.title}|${region}`) : undefined;
    if (holder && !sameName(holder, name.key)) continue;
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

export { officialsByName, findOfficialNames, type OfficialName } from "./official-names.ts";
