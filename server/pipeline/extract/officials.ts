/**
 * Finds each official's title, the region the title names, and the name printed with it.
 *
 * Why these rules: between the title's region and the name, news puts a chain of qualifiers — further
 * regions and commas ("Wali Kota Suwon, Korea Selatan, Lee Jae-Joon"), bracketed acronyms even without a
 * space ("Banggai Kepulauan (Bangkep)Provinsi Sulawesi Tengah (Sulteng), Budi"), ranks ("Irjen Pol (Purn)",
 * read as honorifics by person-names.ts) — and sometimes the name comes first ("Sri Purnomo, Bupati
 * Sleman", "Budi selaku Sekda", "Ir. Tontro pahlawanto sekda kabupaten madiun"). A Camat is named with
 * the district they head; a consul with the country they serve. A region, an office or a building is never
 * a personal name.
 */
import type { DistrictIndex } from "./districts.ts";
import { districtAt } from "./districts.ts";
import {
  mentionMaps,
  nameStart,
  plausibleName,
  regionAfterTitle,
  tokenFrom,
  type MentionMaps,
} from "./title-surroundings.ts";
import { readNameBackward } from "./name-before-title.ts";
import { readNameForward, type PersonName } from "./person-names.ts";
import type { ArticleMention } from "./region-context.ts";
import type { RegionMatcher } from "./region-matcher.ts";
import { sentenceIndexAt, type Sentence } from "./sentences.ts";
import type { Token } from "./text.ts";
import { readTitle, type TitleMatch } from "./titles.ts";

export interface Official {
  title: TitleMatch;
  sentence: number;
  /** The region named in the title itself. */
  own: ArticleMention | null;
  name: PersonName | null;
  /** The region served; null until context decides (people.ts). */
  region: string | null;
  /** The region must come from the title or nowhere (consuls: never the sentence's region). */
  ownOnly: boolean;
}

export interface OfficialsInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly ArticleMention[];
  skip: (offset: number) => boolean;
  matcher?: RegionMatcher | undefined;
  districts?: DistrictIndex | undefined;
}

/** The end of the text before a title that can join a name to it (see name-before-title.ts). */
const CONNECTED = /(?:,|\sselaku|\sjuga|\ssebagai|\smenjabat)\s*$/;

/** The region of ministers and directors general: the country. */
export const NATIONAL = "ID";

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

/** "Duta Besar RI", "Konsul Jenderal Indonesia": an Indonesian diplomat serves the country. */
const HOME_COUNTRY_WORD = /^\s*(?:\(\s*[^()\n]{1,12}\)\s*)?(?:RI|Republik Indonesia|Indonesia)\b/;

/** A consul's or ambassador's country, and where their name may start. */
function diplomatRegion(text: string, title: TitleMatch, own: ArticleMention | null): string | null {
  if (HOME_COUNTRY_WORD.test(text.slice(title.end, title.end + 30))) return NATIONAL;
  if (!own || (own.ref.kind !== "country" && own.ref.kind !== "foreign_region")) return null;
  return own.ref.code === NATIONAL ? NATIONAL : own.ref.code;
}

/** The regency of a Camat's district, preferring one the article names. */
function camatRegion(codes: readonly string[], mentions: readonly ArticleMention[]): string | null {
  if (codes.length === 1) return codes[0] as string;
  const named = codes.filter((code) => mentions.some((m) => m.ref.code === code));
  return named.length === 1 ? (named[0] as string) : null;
}

function readOfficial(input: OfficialsInput, maps: MentionMaps, title: TitleMatch): Official {
  const { text, tokens } = input;
  const sentence = sentenceIndexAt(input.sentences, title.start);
  const official: Official = { title, sentence, own: null, name: null, region: null, ownOnly: false };
  if (title.scope === "national") {
    // A minister serves the country: a region after the title is the ministry's subject or the venue.
    official.region = NATIONAL;
    official.name = readNameForward(text, nameStart(text, title.end, maps, false));
    return official;
  }
  let from = title.end;
  if (title.title.endsWith("Camat") && input.districts) {
    const district = districtAt(input.districts, text, tokens, title.tokenEnd);
    if (district) {
      official.region = camatRegion(district.regencyCodes, input.mentions);
      official.ownOnly = true;
      from = (tokens[district.tokenEnd - 1] as Token).end;
    }
  }
  if (!official.ownOnly) {
    official.own = regionAfterTitle(text, tokens, title, maps);
    from = official.own?.end ?? title.end;
  }
  if (title.scope === "diplomat") {
    official.region = diplomatRegion(text, title, official.own);
    official.ownOnly = true;
  } else if (official.own && !official.ownOnly) {
    // "Asisten I Setkab Kediri": the office's level picks the kabupaten of a name shared with a kota.
    const ref =
      (title.level && official.own.ref.kind !== title.level
        ? official.own.candidates.find((c) => c.kind === title.level)
        : undefined) ?? official.own.ref;
    official.region =
      title.seatedProvincial && (ref.kind === "regency" || ref.kind === "city")
        ? (ref.code.split(".")[0] as string)
        : ref.code;
  }
  // A Camat is named with a district or a regency; a bare "Camat" with a name is a village's business.
  if (title.title.endsWith("Camat") && official.region === null && !official.own) return official;
  const start = nameStart(text, from, maps, title.scope === "diplomat");
  let name = readNameForward(text, start);
  const firstToken = tokens[title.tokenStart] as Token;
  // Only where a connector ends the text before the title ("Name, Bupati", "Name selaku Sekda").
  const joined = CONNECTED.test(text.slice(Math.max(0, title.start - 12), title.start));
  if (!name && joined && (firstToken.capitalised || official.own)) name = readNameBackward(text, title.start);
  if (!name && !firstToken.capitalised && official.own)
    name = readNameBackward(text, title.start, { lowerCase: true });
  official.name = name && plausibleName(name, input, maps) ? name : null;
  return official;
}

/**
 * The region named at `offset` without a prefix, of the given kind: a mention, else a name the matcher
 * knows (a list item "Wajo" is not a mention on its own). Preferably in the province of `near`.
 */
function bareRegionAt(
  input: OfficialsInput,
  maps: MentionMaps,
  offset: number,
  kind: string,
  near: string,
): { code: string; end: number } | null {
  const mention = maps.byStart.get(offset);
  if (mention) {
    // "Blitar" alone reads as the kota; after "Bupati Kediri ..., " it is the kabupaten. A prefix the list
    // carried over to the item (region-lists.ts) is no prefix of its own.
    const ownPrefix = mention.prefix && !mention.prefix.inherited;
    const ref = ownPrefix ? undefined : mention.candidates.find((c) => c.kind === kind);
    return ref ? { code: ref.code, end: mention.end } : null;
  }
  if (!input.matcher) return null;
  const { tokens, text } = input;
  const i = tokenFrom(tokens, offset, 0);
  let key = "";
  for (let k = i; k < tokens.length && k < i + 3; k++) {
    const token = tokens[k] as Token;
    if (!token.capitalised || (k === i && token.start !== offset)) return null;
    if (k > i && text.slice((tokens[k - 1] as Token).end, token.start) !== " ") return null;
    key += token.text;
    const refs = (input.matcher.entries.get(key)?.refs ?? []).filter((r) => r.kind === kind);
    const province = near.split(".")[0];
    const ref = refs.length === 1 ? refs[0] : refs.find((r) => r.code.startsWith(`${province}.`));
    if (ref) return { code: ref.code, end: token.end };
  }
  return null;
}

/**
 * "Bupati Luwu Budiman, Wajo Bataralifu, Bupati Selayar ...": a list item of a region and a name without
 * its title takes the title of the official before it.
 */
function elidedTitleAfter(input: OfficialsInput, maps: MentionMaps, previous: Official): Official | null {
  const { text } = input;
  if (!previous.own || !previous.name || !previous.title.isHead || !previous.region) return null;
  const comma = /^\s*,\s*/.exec(text.slice(previous.name.end, previous.name.end + 4));
  if (!comma) return null;
  const at = previous.name.end + comma[0].length;
  const region = bareRegionAt(input, maps, at, previous.own.ref.kind, previous.region);
  if (!region) return null;
  const start = /^ (?=\p{Lu})/u.test(text.slice(region.end, region.end + 2)) ? region.end + 1 : -1;
  const name = start > 0 ? readNameForward(text, start) : null;
  if (!name || !plausibleName(name, input, maps)) return null;
  return { ...previous, own: null, name, region: region.code, ownOnly: true };
}

/**
 * "DPRD Kota Malang yang diketuai (oleh) Agus Salim": the council's chair, of the council's region.
 */
function councilChair(input: OfficialsInput, maps: MentionMaps, i: number): Official | null {
  const { text, tokens } = input;
  const council = tokens[i] as Token;
  const mention = maps.byToken.get(i + 1);
  if (!mention) return null;
  const chair = /^\s*,?\s*yang\s+diketuai\s+(?:oleh\s+)?/.exec(text.slice(mention.end, mention.end + 30));
  if (!chair) return null;
  const name = readNameForward(text, mention.end + chair[0].length);
  if (!name || !plausibleName(name, input, maps)) return null;
  const title: TitleMatch = {
    tokenStart: i,
    tokenEnd: i + 1,
    start: council.start,
    end: council.end,
    title: `Ketua ${text.slice(council.start, council.end)}`,
    level: null,
    isHead: false,
    scope: "region",
    seatedProvincial: false,
  };
  const sentence = sentenceIndexAt(input.sentences, council.start);
  return { title, sentence, own: mention, name, region: mention.ref.code, ownOnly: true };
}

/** Councils whose chair "yang diketuai" may name. */
const CHAIRED_COUNCILS = new Set(["dprd", "dpr", "dprk"]);

/**
 * "Gubernur dan Wakil Gubernur Bengkulu Budi Santoso – Rina Wati": two titles joined by "dan" before one
 * region and two names share the region; the first name is the first title's.
 */
function pairTitles(input: OfficialsInput, first: Official, second: Official): void {
  const { text } = input;
  if (first.name || first.own || !second.own || !second.name || !second.region) return;
  if (!first.title.isHead || !second.title.isHead) return;
  if (!/^\s+dan\s+$/.test(text.slice(first.title.end, second.title.start))) return;
  const joint = /^\s*(?:[-–—&/]|dan)\s+/.exec(text.slice(second.name.end, second.name.end + 6));
  const other = joint ? readNameForward(text, second.name.end + joint[0].length) : null;
  if (!other) return;
  first.name = second.name;
  first.region = second.region;
  first.ownOnly = true;
  second.name = other;
}

export function findOfficials(input: OfficialsInput): Official[] {
  const { text, tokens, skip } = input;
  // Built on the first title: most tokens start none, and some articles have no title at all.
  let built: { maps: MentionMaps; regionStarts: Set<number> } | null = null;
  const context = () => {
    if (!built) {
      const regionStarts = new Set(input.mentions.map((m) => m.tokenStart));
      for (const m of input.mentions) if (m.prefix?.type === "admin") regionStarts.add(m.prefix.tokenStart);
      built = { maps: mentionMaps(input.mentions), regionStarts };
    }
    return built;
  };
  const regionAt = (token: number): boolean => context().regionStarts.has(token);
  const officials: Official[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const title = readTitle(text, tokens, i, regionAt);
    const maps = title || CHAIRED_COUNCILS.has((tokens[i] as Token).text) ? context().maps : null;
    if (!title && CHAIRED_COUNCILS.has((tokens[i] as Token).text) && !skip((tokens[i] as Token).start)) {
      const chair = councilChair(input, maps as MentionMaps, i);
      if (chair) officials.push(chair);
      continue;
    }
    if (!title || skip(title.start)) continue;
    // "Pemilihan Bupati", "calon Wali Kota": an office being contested, not one held.
    if (i > 0 && ELECTION_WORDS.has((tokens[i - 1] as Token).text)) continue;
    let official = readOfficial(input, maps as MentionMaps, title);
    const before = officials[officials.length - 1];
    if (before) pairTitles(input, before, official);
    officials.push(official);
    for (let elided = elidedTitleAfter(input, maps as MentionMaps, official); elided;) {
      officials.push(elided);
      official = elided;
      elided = elidedTitleAfter(input, maps as MentionMaps, official);
    }
    const { name, own } = official;
    const consumedTo = name && name.end > title.end ? name.end : (own?.end ?? title.end);
    while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < consumedTo) i++;
  }
  return officials;
}
