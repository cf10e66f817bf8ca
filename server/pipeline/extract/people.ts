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
import type { Person } from "../../schemas/facts.ts";
import type { DistrictIndex } from "./districts.ts";
import { NameIndex, sameName } from "./name-index.ts";
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

/** Officials and mentions looked at around one official: enough for any real sentence, bounded for long input. */
const NEARBY = 12;

/** What context resolution needs, computed once per article (long inputs must stay linear). */
interface Context {
  officials: readonly Official[];
  mentionsBySentence: ReadonlyMap<number, ArticleMention[]>;
  claimed: ReadonlySet<ArticleMention>;
  home: Map<RegionLevel | null, string | null>;
  mentions: readonly ArticleMention[];
  /** Names already tied to a region (first tie kept), with the exact keys indexed. */
  named: NameIndex<string>;
  namedKeys: Set<string>;
  text: string;
}

function remember(context: Context, key: string, region: string): void {
  if (context.namedKeys.has(key)) return;
  context.namedKeys.add(key);
  context.named.add(key, region);
}

/** The unclaimed mention of a fitting level nearest before the title, else nearest after it, in its sentence. */
function sentenceMention(
  official: Official,
  context: Context,
): { before?: ArticleMention; after?: ArticleMention } {
  const list = context.mentionsBySentence.get(official.sentence) ?? [];
  const usable = (m: ArticleMention) =>
    !context.claimed.has(m) && !m.dateline && fits(official.title.level, m);
  let split = 0;
  while (split < list.length && (list[split] as ArticleMention).end <= official.title.start) split++;
  let before: ArticleMention | undefined;
  for (let k = split - 1; k >= 0 && k >= split - NEARBY; k--) {
    const m = list[k] as ArticleMention;
    if (usable(m)) {
      before = m;
      break;
    }
  }
  let after: ArticleMention | undefined;
  for (let k = split; k < list.length && k < split + NEARBY; k++) {
    const m = list[k] as ArticleMention;
    if (m.start >= official.title.end && usable(m)) {
      after = m;
      break;
    }
  }
  return { before, after };
}

function contextRegion(official: Official, index: number, context: Context): string | null {
  const key = official.name?.key;
  const namedBefore = key ? context.named.find(key) : undefined;
  if (namedBefore) return namedBefore;
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
  const { before, after } = sentenceMention(official, context);
  if (before) return before.ref.code;
  // "Gubernur Budi meminta Wagub Rina ... meniru Jawa Tengah": an official earlier in
  // the sentence at the same level tells more than a region named after the title.
  for (let j = index - 1; j >= 0 && j >= index - NEARBY; j--) {
    const o = context.officials[j] as Official;
    if (o.sentence !== official.sentence) break;
    if (!o.region || o.region === NATIONAL) continue;
    if (official.title.level !== null && o.title.level === official.title.level) return o.region;
    break;
  }
  if (after) return after.ref.code;
  const level = official.title.level;
  if (!context.home.has(level)) context.home.set(level, homeRegion(context.mentions, level));
  return context.home.get(level) ?? null;
}

export { sameName } from "./name-index.ts";

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
    named: new NameIndex<string>(),
    namedKeys: new Set<string>(),
    text,
  };
  // A name whose title names its region anywhere in the article decides that name's region elsewhere
  // ("Asisten Pemerintahan Budi" in a sentence about the host is the visitor's "Asisten ... Mimika, Budi").
  for (const official of officials) {
    const key = official.name?.key;
    if (key && official.own && official.region) remember(context, key, official.region);
  }
  officials.forEach((official, index) => {
    if (!official.region && !official.ownOnly) official.region = contextRegion(official, index, context);
    const key = official.name?.key;
    if (key && official.region) remember(context, key, official.region);
  });
  // One holder per head of region and title in an article: "Bupati Lumajang Rina" is named, so a later
  // "Bupati Milenial" whose region comes only from context is an epithet, not a second Bupati.
  const holders = new Map<string, string>();
  for (const o of officials) {
    if (o.title.isHead && o.own && o.name && o.region)
      holders.set(`${o.title.title}|${o.region}`, o.name.key);
  }
  const people: Person[] = [];
  const byRegion = new Map<string, NameIndex<Person>>();
  for (const official of officials) {
    const { name, region } = official;
    if (!name || !region) continue;
    const holder =
      official.title.isHead && !official.own ? holders.get(`${official.title.title}|${region}`) : undefined;
    if (holder && !sameName(holder, name.key)) continue;
    let index = byRegion.get(region);
    if (!index) byRegion.set(region, (index = new NameIndex<Person>()));
    const same = index.find(name.key);
    if (same) {
      if (name.key.split(" ").length > same.key.split(" ").length) {
        same.name = name.name;
        same.key = name.key;
        same.displayName = name.displayName;
      }
      continue;
    }
    const person: Person = {
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
    };
    people.push(person);
    index.add(person.key, person);
  }
  return people;
}

export { officialsByName, findOfficialNames, type OfficialName } from "./official-names.ts";
