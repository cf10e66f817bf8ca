/**
 * Decides which region each name refers to and in what capacity the article mentions it.
 *
 * Why: "Bekasi", "Bandung", "Gorontalo" name several regions; the word before them (Wali Kota -> kota,
 * Bupati -> kabupaten, Gubernur -> province) decides, else the rest of the article does (the readings
 * fixed elsewhere in it vote). And only some mentions can make a region a party: a hotel in Samarinda is a
 * venue, "Kabupaten Kapuas, Provinsi Kalteng" names the province as a qualifier, "(Mahulu)" repeats
 * "Mahakam Ulu", a dateline names where the story was filed, and "disaksikan ... Wali Kota Jambi" makes
 * Jambi a witness.
 */
import type { ArticleLayout } from "./article-layout.ts";
import { insideAny } from "./article-layout.ts";
import { HOME_COUNTRY } from "./countries.ts";
import type { RegionMention, RegionRef } from "./region-matcher.ts";
import { sentenceIndexAt, type Sentence } from "./sentences.ts";
import type { Token } from "./text.ts";

export interface ArticleMention extends RegionMention {
  ref: RegionRef;
  sentence: number;
  /** Start of the prefix if any, else of the name. */
  phraseStart: number;
  dateline: boolean;
  venue: boolean;
  /** Right after "di" or "ke": a place where something happens or a destination. */
  locative: "di" | "ke" | null;
  qualifier: boolean;
  apposition: boolean;
  witness: boolean;
  inHeadline: boolean;
  /** Before the first line of prose: headline, captions, page header. */
  inHeader: boolean;
}

/** Buildings and rooms: a region named inside "Hotel Fugo Samarinda" is where, not who. */
const FACILITY_WORDS = new Set(
  (
    "hotel gedung aula pendopo pendapa kantor ruang rumah rumdin balai graha wisma komplek kompleks lantai hall " +
    "auditorium taman bandara pelabuhan kampus universitas stadion masjid lapangan alun plaza mall resort " +
    "restoran convention center centre gor istana mess guest house"
  ).split(" "),
);

/**
 * After these words a region witnesses or facilitates rather than acts. Not "memfasilitasi" nor the noun
 * "fasilitasi": "Pemprov memfasilitasi Kabupaten A dan B", "rapat fasilitasi batas Kabupaten B" name the
 * parties after them.
 */
const WITNESS = /\b(?:disaksikan|menyaksikan|saksi|diketahui oleh|difasilitasi)\b/;

/**
 * Active "menyaksikan" + an act ("Gubernur menyaksikan penandatanganan MoU antara A dengan B", E4): the
 * subject watches, and the regions named after the act are its parties.
 */
const WATCHING_AN_ACT =
  /^\s+(?:(?:langsung|bersama|secara|virtual|bersama-sama)\s+){0,2}(?:penandatanganan|penandatangan|penyerahan|serah terima|peluncuran|kesepakatan|nota|mou|pertemuan|rapat)\b/;

/** The span of a sentence whose regions witness rather than act: after a witness word, or before an active one. */
function witnessZone(folded: string, s: Sentence): { start: number; end: number } | null {
  const text = folded.slice(s.start, s.end);
  const hit = WITNESS.exec(text);
  if (!hit) return null;
  const at = s.start + hit.index;
  // "Gubernur menyaksikan penandatanganan ...", "Gubernur menjadi saksi penandatanganan ...": the subject
  // before the word watches; the act's parties follow it.
  if (
    (hit[0] === "menyaksikan" && WATCHING_AN_ACT.test(text.slice(hit.index + hit[0].length))) ||
    (hit[0] === "saksi" && /\b(?:menjadi|sebagai|bertindak)\s+$/.test(text.slice(0, hit.index)))
  )
    return { start: s.start, end: at };
  return { start: at + hit[0].length, end: s.end };
}

/** Order of preference when nothing in the article decides between same-named regions. */
const KIND_PREFERENCE: Record<string, number> = {
  province: 0,
  city: 1,
  regency: 2,
  country: 3,
  foreign_region: 4,
};

function codeVotes(mentions: readonly RegionMention[]): Map<string, number> {
  const votes = new Map<string, number>();
  for (const m of mentions) {
    const fitting = m.prefix?.level ? m.candidates.filter((c) => c.kind === m.prefix?.level) : m.candidates;
    if (fitting.length === 1) {
      const code = (fitting[0] as RegionRef).code;
      votes.set(code, (votes.get(code) ?? 0) + 1);
    }
  }
  return votes;
}

/** Picks one region for a mention: its prefix's level first, then the article's votes, then kind. */
export function chooseRef(m: RegionMention, votes: ReadonlyMap<string, number>): RegionRef {
  const first = m.candidates[0] as RegionRef;
  if (m.candidates.length === 1) return first;
  const level = m.prefix?.level;
  const fitting = level ? m.candidates.filter((c) => c.kind === level) : [];
  const pool = fitting.length > 0 ? fitting : m.candidates;
  return [...pool].sort(
    (a, b) =>
      (votes.get(b.code) ?? 0) - (votes.get(a.code) ?? 0) ||
      (KIND_PREFERENCE[a.kind] ?? 9) - (KIND_PREFERENCE[b.kind] ?? 9),
  )[0] as RegionRef;
}

/**
 * A facility word shortly before the name makes it a venue ("Gedung Daerah Balai Serindit, Kota
 * Pekanbaru"), unless another region or, for a government or official, a comma or a dash comes between:
 * in "di Auditorium Balaikota Pemkot Bandung, pemerintah Kabupaten Madiun" the building is Bandung's and
 * Madiun acts; in "Balai Kota - Wali Kota X menerima ..." the place line ends at the dash.
 */
function isVenue(text: string, tokens: readonly Token[], m: RegionMention, limit: number): boolean {
  if (m.prefix?.type === "venue") return true;
  const from = m.prefix?.tokenStart ?? m.tokenStart;
  for (let t = from - 1; t >= 0 && t >= from - 5; t--) {
    const token = tokens[t] as Token;
    if (token.end <= limit) break;
    const governs = m.prefix?.type === "government" || m.prefix?.type === "title";
    if (governs && /,|\s[-–—]\s/.test(text.slice(token.end, (tokens[t + 1] as Token).start))) break;
    if (FACILITY_WORDS.has(token.text)) return true;
  }
  return false;
}

function locativeOf(text: string, tokens: readonly Token[], m: RegionMention): "di" | "ke" | null {
  let t = (m.prefix?.tokenStart ?? m.tokenStart) - 1;
  let token = tokens[t];
  if (token && (token.text === "wilayah" || token.text === "daerah" || token.text === "kawasan"))
    token = tokens[--t];
  if (!token || (token.text !== "di" && token.text !== "ke")) return null;
  const next = tokens[t + 1] as Token;
  return /^\s{1,2}$/.test(text.slice(token.end, next.start)) ? token.text : null;
}

/**
 * "Kabupaten Kapuas, Provinsi Kalteng", "Kota Kochi, Jepang", "Kota Yantai dari Provinsi Shandong": the
 * second names where the first lies.
 */
function qualifies(outer: RegionRef, ref: RegionRef, innerLevel: string | null | undefined): boolean {
  if (ref.kind === "province") return outer.code.startsWith(`${ref.code}.`);
  if (ref.kind === "country") return outer.code.startsWith(`${ref.code}/`);
  if (ref.kind === "foreign_region" && outer.kind === "foreign_region" && innerLevel === "province") {
    return outer.code.split("/")[0] === ref.code.split("/")[0];
  }
  return false;
}

export function annotateMentions(
  text: string,
  folded: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  layout: ArticleLayout,
  raw: readonly RegionMention[],
): ArticleMention[] {
  const kept = raw.filter((m) => !insideAny(layout.excluded, m.start));
  const votes = codeVotes(kept);
  const witnessZones = new Map<number, { start: number; end: number } | null>();
  const annotated: ArticleMention[] = [];
  for (const m of kept) {
    const ref = chooseRef(m, votes);
    if (ref.code === HOME_COUNTRY) continue;
    const sentence = sentenceIndexAt(sentences, m.start);
    const s = sentences[sentence];
    let witness = false;
    if (s) {
      if (!witnessZones.has(sentence)) witnessZones.set(sentence, witnessZone(folded, s));
      const zone = witnessZones.get(sentence);
      witness = zone !== null && zone !== undefined && m.start >= zone.start && m.start < zone.end;
    }
    const previous = annotated[annotated.length - 1];
    const phraseStart = m.prefix?.start ?? m.start;
    const gapBefore = previous ? text.slice(previous.end, phraseStart) : "";
    const adjacent =
      previous !== undefined &&
      /^\s*(?:\)?\s*,?|\()\s*(?:(?:dari|di)\s+)?$/.test(gapBefore) &&
      !gapBefore.includes("\n");
    const bracketed = previous !== undefined && /^\s*\(\s*$/.test(gapBefore);
    annotated.push({
      start: m.start,
      end: m.end,
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      candidates: m.candidates,
      prefix: m.prefix,
      via: m.via,
      ref,
      sentence,
      phraseStart,
      dateline: insideAny(layout.datelines, m.start),
      venue: isVenue(text, tokens, m, Math.max(s?.start ?? 0, previous?.end ?? 0)),
      locative: locativeOf(text, tokens, m),
      qualifier: adjacent && qualifies(previous.ref, ref, m.prefix?.level),
      apposition: bracketed && previous.ref.code === ref.code,
      witness,
      inHeadline:
        layout.headline !== null && m.start >= layout.headline.start && m.start < layout.headline.end,
      inHeader: m.start < layout.bodyStart,
    });
  }
  return annotated;
}
