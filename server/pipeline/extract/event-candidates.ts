/**
 * Sentence-level reading of events: which sentences state an event (a signing, an audiensi, a rakor, a
 * studi tiru, a kunjungan kerja), of which kind, which regions act in them and in what role, and when.
 *
 * Why sentence by sentence: Indonesian news states the main event in one sentence with its date
 * ("... melakukan penandatanganan MoU bersama Pemkab Serdang Bedagai di Aula ..., Selasa (8/10/2019)")
 * and restates or extends it elsewhere. A region acts (is a party) when it is named as a government, by
 * an official's title, as a delegation, or as the partner after "dengan"/"bersama"/"antara" in a sentence
 * about cooperation; not when it is a venue, a qualifier, a witness, a dateline or a mere place.
 */
import type { EventKind, EventSubtype, PartyRole } from "../../schemas/facts.ts";
import type { DateMention, ResolvedDate } from "./dates.ts";
import type { DateContext } from "./date-resolution.ts";
import { resolveDate } from "./date-resolution.ts";
import type { TriggerCategory, TriggerHit } from "./event-triggers.ts";
import type { ArticleMention } from "./region-context.ts";
import type { RegionRef } from "./region-matcher.ts";
import type { Sentence, Span } from "./sentences.ts";
import type { Token } from "./text.ts";

/** Everything the event stages know about one sentence. */
export interface SentenceFacts {
  sentence: Sentence;
  hits: TriggerHit[];
  mentions: ArticleMention[];
  dates: DateMention[];
  inHeader: boolean;
  inHeadline: boolean;
  /** Ordinal among the article's prose sentences (0 = lead), or -1 in the header. */
  bodyIndex: number;
}

export interface PartyDraft {
  ref: RegionRef;
  role: PartyRole;
  /** The role rests on explicit words (a receiving verb, a visited place), not on word order alone. */
  certain?: boolean;
  /** Why the region is a party: the rule that read it (shown by --explain and kept in the output). */
  rule: string;
  /** The sentence (or list) it was read from. */
  evidence: Span;
}

export interface Candidate {
  facts: SentenceFacts;
  kind: EventKind;
  subtype: EventSubtype;
  trigger: TriggerHit;
  parties: Map<string, PartyDraft>;
  /** The mention is null for a weekday counted back from the publication date ("pada Kamis lalu"). */
  date: (ResolvedDate & { mention: DateMention | null }) | null;
  /** The sentence speaks of a plan or wish rather than of something done. */
  planned: boolean;
  /** An act told as earlier than the article's event ("menindaklanjuti hasil pertemuan ...", "sebelumnya"). */
  earlier: boolean;
  /** A tie that exists already ("X sudah bekerja sama dengan Y"): an undated event of its own. */
  existing: boolean;
}

/** Words before a country that make it act: "Pemerintah Jepang", "pihak Jepang", "Konjen Jepang". */
const FOREIGN_ACTOR_WORDS = new Set([
  "pemerintah",
  "pihak",
  "delegasi",
  "rombongan",
  "perwakilan",
  "konjen",
  "konsulat",
  "konsul",
  "kedubes",
  "kedutaan",
  "dubes",
  "duta",
  "besar",
  "jenderal",
]);

/** Words before a bare name that make it the partner: "MoU dengan Serdang Bedagai". */
const PARTNER_WORDS = new Set(["dengan", "bersama", "antara"]);

const KIND_WEIGHT: Record<EventKind, number> = {
  agreement: 3,
  sister_city: 3,
  study_visit: 3,
  audience: 3,
  meeting: 2,
  visit: 2,
  other: 1,
};

export function has(facts: SentenceFacts, category: TriggerCategory): TriggerHit | undefined {
  return facts.hits.find((h) => h.category === category);
}

function wordBefore(tokens: readonly Token[], m: ArticleMention, back: number): string {
  const start = m.prefix?.tokenStart ?? m.tokenStart;
  return tokens[start - back]?.text ?? "";
}

/** Can this mention make its region a party of an event stated in its sentence? */
export function isActor(m: ArticleMention, tokens: readonly Token[], cooperative: boolean): boolean {
  if (m.dateline || m.venue || m.qualifier || m.apposition || m.witness) return false;
  if (m.prefix && m.prefix.type !== "venue") return m.locative === null || m.prefix.type !== "admin";
  if (m.ref.kind === "country" || m.ref.kind === "foreign_region") {
    for (let back = 1; back <= 3; back++)
      if (FOREIGN_ACTOR_WORDS.has(wordBefore(tokens, m, back))) return true;
  }
  if (m.locative) return false;
  return cooperative && PARTNER_WORDS.has(wordBefore(tokens, m, 1));
}

/**
 * A visited place: "kunjungan kerja ke Kabupaten X", "studi komparasi ... di Kabupaten Y", or the
 * office building of the host ("mengunjungi Balai Kota Medan", "di Rumah Jabatan Bupati Bone").
 */
function isVisitedPlace(m: ArticleMention): boolean {
  if (m.dateline || m.qualifier || m.apposition || m.witness) return false;
  // The host's own premises: "Balai Kota Medan", "kantor DPRD Kabupaten Lampung Tengah".
  if (m.prefix?.type === "venue" || (m.venue && m.prefix !== null)) return true;
  if (m.venue || !m.locative) return false;
  return m.prefix !== null || m.ref.kind === "country" || m.ref.kind === "foreign_region";
}

/** "menerima", "menyambut": the subject hosts; "disambut", "diterima": the subject visits. */
const RECEIVING = /(?<![\p{L}])(?:menerima|menyambut|menjamu|penerimaan|terima|kedatangan)(?![\p{L}])/u;
const RECEIVED = /(?<![\p{L}])(?:disambut|diterima|dijamu)(?![\p{L}])/u;

export interface RolePivot {
  at: number;
  subjectHosts: boolean;
  certain: boolean;
}

/** Where the sentence turns from one side to the other: its receiving verb, else its trigger. */
export function rolePivot(facts: SentenceFacts, trigger: TriggerHit, folded: string): RolePivot {
  const { start, end } = facts.sentence;
  const sentence = folded.slice(start, end);
  const receiving = RECEIVING.exec(sentence);
  const received = RECEIVED.exec(sentence);
  const pivot =
    receiving && (!received || receiving.index < received.index)
      ? { at: start + receiving.index, subjectHosts: true, certain: true }
      : received
        ? { at: start + received.index, subjectHosts: false, certain: true }
        : { at: trigger.start, subjectHosts: false, certain: false };
  return verbFirst(sentence, start, pivot) ?? pivot;
}

/**
 * A headline that opens with its verb and names its subject after a comma ("Kunjungi Pemkot Madiun, Bupati
 * Ngawi ...", "Terima Kunjungan Pemkab Bone, Wali Kota Parepare ..."): the object stands before the comma,
 * the subject after it, so the sides turn there, the other way round.
 */
function verbFirst(sentence: string, start: number, pivot: RolePivot): RolePivot | null {
  if (!/^[\s"“'‘(]*$/.test(sentence.slice(0, pivot.at - start))) return null;
  const comma = sentence.indexOf(",", pivot.at - start);
  if (comma < 0) return null;
  return { at: start + comma, subjectHosts: !pivot.subjectHosts, certain: pivot.certain };
}

/** The words that made a mention an actor, in a few words for the party's `rule`. */
export function actorRule(m: ArticleMention, visited: boolean): string {
  if (visited) return m.locative ? `visited place (${m.locative} ...)` : "host's premises";
  switch (m.prefix?.type) {
    case "government":
      return "government named (Pemkab/Pemkot/Pemprov/Pemerintah)";
    case "title":
      return "official named by title";
    case "office":
      return "office of the region (Sekda/Setda/DPRD/...)";
    case "member":
      return "delegation of the region";
    case "admin":
      return "administrative name (Kabupaten/Kota/Provinsi)";
    default:
      return m.ref.kind === "country" || m.ref.kind === "foreign_region"
        ? "foreign government or delegation"
        : "partner after dengan/bersama/antara";
  }
}

export function draftFor(
  kind: EventKind,
  m: Pick<ArticleMention, "ref" | "start">,
  pivot: RolePivot | null,
  visited: boolean,
  facts: SentenceFacts,
  rule: string,
): PartyDraft {
  const evidence = facts.sentence;
  if (kind === "agreement" || kind === "sister_city")
    return { ref: m.ref, role: "signatory", rule, evidence };
  if (kind === "meeting" || kind === "other" || !pivot)
    return { ref: m.ref, role: "participant", rule, evidence };
  if (visited) return { ref: m.ref, role: "host", certain: true, rule, evidence };
  const hosts = m.start < pivot.at === pivot.subjectHosts;
  return { ref: m.ref, role: hosts ? "host" : "visitor", certain: pivot.certain, rule, evidence };
}

/** Words that start the name of an institution a region's name may end: "Unisma Malang", "UNS Surakarta". */
const ORGANISATION_WORD =
  /^(?:univ\w*|uni[a-z]+|universitas|institut|politeknik|poltek|stikes|stie|stmik|stih|stit|ikip|uin|iain|itn|ipb|uns|ugm|ui|unair|rsud|rs|pdam|bank|bi|pt|cv|polres|polresta|polda|kodim|korem|lanud|lantamal|kejari|kejati|pengadilan|bakorwil|bandara|stasiun|terminal|pelabuhan|kampus|rektor|bumd|perumda|persib|persebaya|psis|psm|pss|arema)$/;

/** "Sampang Teken MoU dengan Unisma Malang": a region's name that ends an institution's name. */
function inOrganisationName(tokens: readonly Token[], m: ArticleMention): boolean {
  const before = tokens[(m.prefix?.tokenStart ?? m.tokenStart) - 1];
  return !!before && ORGANISATION_WORD.test(before.text);
}

/** A national convener: the meeting is the central government's, not the province's. */
export const NATIONAL_CONVENER =
  /\b(?:presiden|wakil presiden|wapres|menteri|mendagri|kementerian|kemendagri)\b/;

/**
 * "Rakor bupati dan wali kota se-Sumbar", "rapat ... se-Provinsi NTT": the province whose kabupaten/kota
 * meet acts in the meeting (its governor convenes it), unless the central government does.
 */
function convenedProvince(m: ArticleMention, folded: string, facts: SentenceFacts): boolean {
  if (m.ref.kind !== "province") return false;
  if (!/\bse[- ]?(?:provinsi\s+)?$/.test(folded.slice(Math.max(0, m.phraseStart - 14), m.phraseStart)))
    return false;
  return !NATIONAL_CONVENER.test(folded.slice(facts.sentence.start, facts.sentence.end));
}

export function isCooperative(facts: SentenceFacts): boolean {
  return facts.hits.some((h) =>
    [
      "agreement",
      "signing",
      "agreeing",
      "sister",
      "cooperation",
      "audience",
      "study",
      "visit",
      "meeting",
      "handover",
    ].includes(h.category),
  );
}

export function actorsOf(
  facts: SentenceFacts,
  tokens: readonly Token[],
  kind: EventKind,
  trigger: TriggerHit | null,
  folded: string,
): Map<string, PartyDraft> {
  const parties = new Map<string, PartyDraft>();
  const cooperative = isCooperative(facts) || facts.inHeadline;
  const visits = kind === "visit" || kind === "study_visit" || kind === "audience";
  const pivot = trigger ? rolePivot(facts, trigger, folded) : null;
  const placesOnly: ArticleMention[] = [];
  for (const m of facts.mentions) {
    const visited = visits && isVisitedPlace(m);
    // "menemui Gubernur Kalteng di Kota Palangka Raya": a town named after "di" is where the visit took
    // place; it is the host only when nobody else in the sentence is.
    if (visited && m.locative === "di" && m.prefix?.type === "admin") {
      placesOnly.push(m);
      continue;
    }
    const headlineBare =
      facts.inHeadline &&
      cooperative &&
      !m.locative &&
      !m.venue &&
      !m.dateline &&
      !m.qualifier &&
      !m.apposition &&
      !inOrganisationName(tokens, m);
    const convening = kind === "meeting" && convenedProvince(m, folded, facts);
    const actor = convening || isActor(m, tokens, cooperative);
    if (!visited && !headlineBare && !actor) continue;
    if (parties.has(m.ref.code)) continue;
    const rule = convening
      ? "the province whose kabupaten/kota meet (se-P)"
      : actor || visited
        ? actorRule(m, visited)
        : "bare name in the headline";
    parties.set(m.ref.code, draftFor(kind, m, pivot, visited, facts, rule));
  }
  // Without a pivot every actor is a plain party: then only a lone visitor leaves room for a host.
  const hosted = pivot ? [...parties.values()].some((p) => p.role === "host") : parties.size > 1;
  for (const m of placesOnly) {
    if (!hosted && !parties.has(m.ref.code))
      parties.set(m.ref.code, draftFor(kind, m, pivot, true, facts, "town of the visit, nobody else hosts"));
  }
  return parties;
}

/** The sentence's own event date: a weekday-dated mention first, never a reference or print date. */
export function sentenceDate(facts: SentenceFacts, ctx: DateContext): Candidate["date"] {
  const usable = facts.dates.filter(
    (d) => !d.background && !d.publication && !d.timed && !d.until && !d.statement && d.day !== null,
  );
  const ordered = [...usable.filter((d) => d.weekday !== null), ...usable.filter((d) => d.weekday === null)];
  for (const mention of ordered) {
    const resolved = resolveDate(mention, ctx);
    if (resolved) return { date: resolved.date, basis: resolved.basis, mention };
  }
  return null;
}

export function isPlanned(facts: SentenceFacts): boolean {
  return facts.hits.some((h) => h.category === "plan" || h.category === "proposal");
}

export function insideQuote(quotes: readonly Span[], offset: number): boolean {
  return quotes.some((q) => offset >= q.start && offset < q.end);
}

/** How likely a candidate states the article's main event. */
export function mainScore(c: Candidate): number {
  let score = KIND_WEIGHT[c.kind];
  if (c.date) score += c.date.mention?.weekday !== null ? 5 : 3;
  if (c.date?.mention?.past) score -= 4;
  if (c.facts.bodyIndex >= 0 && c.facts.bodyIndex < 3) score += 2;
  if (c.facts.inHeader) score -= 2;
  if (c.parties.size >= 2) score += 1;
  if (c.planned) score -= 3;
  if (c.earlier || c.existing) score -= 6;
  return score;
}
