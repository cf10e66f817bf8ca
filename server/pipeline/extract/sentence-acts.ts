/**
 * The acts each sentence tells of, as event candidates: which triggers count (quotes, drafts), how a
 * sentence with two acts is read as two ("... penandatanganan kesepakatan antara A dengan B, juga serah
 * terima Dusun X dari C kepada D"), which acts are earlier than the article's event ("menindaklanjuti hasil
 * pertemuan Gubernur A dan Gubernur B") and which ties exist already ("X sudah bekerja sama dengan Y").
 *
 * Why:
 * - Quotes are mostly hopes and plans, so their triggers are ignored, except when the quote states the act
 *   as done ("Hari ini kita sudah menyaksikan penandatanganan ...", E4).
 * - An agreement being drafted or discussed ("rapat membahas rancangan nota kesepahaman") is no agreement
 *   (E10): the sentence is a meeting if it has a meeting word.
 * - An earlier act has its own date or none; it never takes the date of the article's event.
 */
import {
  actorsOf,
  insideQuote,
  isPlanned,
  sentenceDate,
  type Candidate,
  type SentenceFacts,
} from "./event-candidates.ts";
import { EARLIER } from "./event-dates.ts";
import type { EventInputs } from "./event-draft.ts";
import { namedOfficialParties } from "./named-officials.ts";
import { sentenceKind } from "./sentence-kind.ts";
import type { TriggerHit } from "./event-triggers.ts";
import type { Span } from "./sentences.ts";
import type { Token } from "./text.ts";

/** A quote that states an act as done, not hoped for or planned. */
const DONE_IN_QUOTE = /\b(?:telah|sudah|baru saja|tadi|hari ini|barusan)\b/;
const PLAN_IN_QUOTE =
  /\b(?:akan|semoga|berharap|harapan|rencana|berencana|ingin|diharapkan|mudah-mudahan|nanti)\b/;

/** Words that make an agreement noun a draft or a topic rather than an act (E10). */
const DRAFT_BEFORE =
  /\b(?:draf|draft|drafting|rancangan|konsep|penyusunan|menyusun|disusun|pembahasan|membahas|dibahas|menyempurnakan|penyempurnaan|finalisasi|memfinalisasi|menyiapkan|persiapan|mempersiapkan|mewujudkan|usulan|mengusulkan|merancang|merumuskan|perumusan)\b(?:\s+(?:adanya|sebuah|suatu|naskah|dokumen|materi|poin|isi))*\s*$/;

/**
 * Where a second act of the same sentence starts: ", juga ...", "serta ...", "sekaligus ...", or the
 * meeting an act was done at ("Kesepakatan itu diteken di sela rakor ...").
 */
const CLAUSE_BREAK =
  /(?:,\s*|\s)(?:juga|serta|sekaligus|dan juga|kemudian|lalu)\s+(?:[a-z]+\s+){0,3}$|;\s*$|\s(?:di ?sela(?:-sela)?|disela(?:-sela)?)\s+(?:acara\s+|kegiatan\s+)?$/;

/** A tie that exists already: "telah/sudah/selama ini ... kerja sama (dengan)", "kerja sama yang telah terjalin". */
const EXISTING =
  /\b(?:telah|sudah|selama ini|sejak lama)\s+(?:\S+\s+){0,3}?(?:bekerja ?sama|kerja ?sama|menjalin|bermitra|bersaudara|sister city|kota kembar)\b|\b(?:kerja ?sama|hubungan)\s+(?:\S+\s+){0,2}?(?:yang\s+)?(?:telah|sudah)\s+(?:lama\s+)?(?:terjalin|berjalan|dibangun|dijalin)\b/;

/** Act triggers by the kind of act they tell of: a signing word and an agreement noun tell of one act. */
/** Quick tests before EARLIER and EXISTING: the words one of their forms needs. */
const MAY_BE_EARLIER = /sebelum|tindak|hasil|lalu/;
const MAY_BE_EXISTING = /telah|sudah|selama ini|sejak lama/;
/** The clause after an earlier act that returns to the present ("Setelah sebelumnya ..., kini MoU ..."). */
const BACK_TO_NOW = /,\s*(?:dan\s+)?(?:kini|sekarang|saat ini|kali ini)\s/;

const ACT_GROUP: Partial<Record<string, string>> = {
  agreement: "agreement",
  signing: "agreement",
  meeting: "meeting",
  study: "visit",
  audience: "visit",
  visit: "visit",
  handover: "other",
  fieldwork: "other",
};

/** The part of a sentence that tells of one act: its triggers, and the regions and dates within `from..to`. */
function withHits(
  facts: SentenceFacts,
  hits: TriggerHit[],
  from: number,
  to: number,
  datesFrom: number,
  datesTo: number,
): SentenceFacts {
  return {
    ...facts,
    hits,
    mentions: facts.mentions.filter((m) => m.start >= from && m.start < to),
    dates: facts.dates.filter((d) => d.start >= datesFrom && d.start < datesTo),
  };
}

/** The sentence's triggers that count: outside quotes, or inside a quote that tells of an act done. */
function countingHits(facts: SentenceFacts, folded: string, quotes: readonly Span[]): TriggerHit[] {
  if (quotes.length === 0) return facts.hits;
  return facts.hits.filter((h) => {
    const quote = quotes.find((q) => h.start >= q.start && h.start < q.end);
    if (!quote) return true;
    const said = folded.slice(quote.start, quote.end);
    return DONE_IN_QUOTE.test(said) && !PLAN_IN_QUOTE.test(said);
  });
}

/** Agreement nouns and signing words governed by a word of drafting ("membahas rancangan nota kesepahaman"). */
function withoutDrafts(hits: TriggerHit[], folded: string): TriggerHit[] {
  if (!hits.some((h) => h.category === "agreement" || h.category === "signing")) return hits;
  const kept = hits.filter(
    (h) =>
      !(h.category === "agreement" || h.category === "signing") ||
      !DRAFT_BEFORE.test(folded.slice(Math.max(0, h.start - 40), h.start)),
  );
  return kept.length === hits.length ? hits : kept;
}

/**
 * A word of obligation, purpose or absence right before an act: "harus disepakati", "agar segera
 * ditandatangani", "Bupati X absen dari rakor".
 */
const NOT_DONE_BEFORE =
  /(?:^|\s)(?:(?:harus|perlu|wajib|mesti|semestinya|seharusnya|hendaknya|agar|supaya)\s+(?:(?:segera|bisa|dapat|lebih|benar-benar)\s+)?|(?:tidak hadir|tidak menghadiri|tidak mengikuti|berhalangan hadir|absen|mangkir)\s+(?:(?:dalam|pada|di|dari)\s+)?)$/;

/** Act words governed by an obligation, a purpose or an absence: no act done by the sentence's regions. */
function withoutActsNotDone(hits: TriggerHit[], folded: string): TriggerHit[] {
  const kept = hits.filter(
    (h) =>
      !(ACT_GROUP[h.category] || h.category === "agreeing") ||
      !NOT_DONE_BEFORE.test(folded.slice(Math.max(0, h.start - 30), h.start)),
  );
  return kept.length === hits.length ? hits : kept;
}

/** Splits a sentence's act triggers where a second act starts after a clause break. */
function segments(hits: readonly TriggerHit[], folded: string, sentence: Span): Span[] {
  const cuts: number[] = [];
  let previousAct: TriggerHit | null = null;
  for (const h of hits) {
    const group = ACT_GROUP[h.category];
    if (!group) continue;
    const before = folded.slice(Math.max(sentence.start, h.start - 24), h.start);
    if (previousAct && ACT_GROUP[previousAct.category] !== group && CLAUSE_BREAK.test(before)) {
      const breakAt = h.start - (before.length - (before.search(CLAUSE_BREAK) ?? before.length));
      cuts.push(Math.max(previousAct.end, breakAt));
    }
    previousAct = h;
  }
  const spans: Span[] = [];
  let from = sentence.start;
  for (const cut of cuts) {
    spans.push({ start: from, end: cut });
    from = cut;
  }
  spans.push({ start: from, end: sentence.end });
  return spans;
}

function candidate(
  input: EventInputs,
  facts: SentenceFacts,
  articleAgreement: TriggerHit | undefined,
  flags: { earlier: boolean; existing: boolean },
): Candidate | null {
  const { tokens, folded, dateContext: ctx } = input;
  const reading = sentenceKind(facts, folded, articleAgreement);
  if (!reading) return null;
  const parties = actorsOf(facts, tokens, reading.kind, reading.trigger, folded);
  const named = namedOfficialParties(
    facts,
    input.text,
    folded,
    reading.kind,
    reading.trigger,
    input.officials,
    parties,
  );
  for (const [code, party] of named) parties.set(code, party);
  const date = sentenceDate(facts, ctx);
  if (parties.size === 0 && !date) return null;
  return {
    facts,
    kind: reading.kind,
    subtype: reading.subtype,
    trigger: reading.trigger,
    parties,
    date,
    planned: isPlanned(facts),
    ...flags,
  };
}

/** An existing tie: the sentence's actors, undated, read as an agreement (or sister city). */
function existingTie(
  facts: SentenceFacts,
  tokens: readonly Token[],
  folded: string,
  hits: TriggerHit[],
): Candidate | null {
  const trigger = hits.find((h) => h.category === "cooperation" || h.category === "sister") ?? hits[0];
  if (!trigger) return null;
  const parties = actorsOf({ ...facts, hits }, tokens, "agreement", null, folded);
  if (parties.size < 2) return null;
  const foreign = [...parties.values()].some(
    (p) => p.ref.kind === "country" || p.ref.kind === "foreign_region",
  );
  const sister = hits.some((h) => h.category === "sister");
  return {
    facts: { ...facts, hits },
    kind: sister && foreign ? "sister_city" : "agreement",
    subtype: sister && foreign ? "sister_city" : "kerja_sama",
    trigger,
    parties,
    date: null,
    planned: false,
    earlier: false,
    existing: true,
  };
}

export function buildCandidates(input: EventInputs, articleAgreement: TriggerHit | undefined): Candidate[] {
  const { sentences, tokens, folded, quotes } = input;
  const candidates: Candidate[] = [];
  for (const facts of sentences) {
    // Most sentences hold no trigger word at all: nothing to read there.
    if (facts.hits.length === 0) continue;
    const { start, end } = facts.sentence;
    const hits = withoutActsNotDone(withoutDrafts(countingHits(facts, folded, quotes), folded), folded);
    const text = folded.slice(start, end);
    if (MAY_BE_EXISTING.test(text) && EXISTING.test(text)) {
      const tie = existingTie(facts, tokens, folded, facts.hits);
      if (tie) candidates.push(tie);
    }
    // The acts after an "earlier" cue are earlier acts, up to a clause that returns to the present
    // ("..., kini ..."); the others are read as usual.
    const cue = MAY_BE_EARLIER.test(text) ? EARLIER.exec(text) : null;
    const cueAt = cue ? start + cue.index : end;
    const now = cue ? BACK_TO_NOW.exec(text.slice(cue.index)) : null;
    const nowAt = cue && now ? cueAt + now.index : end;
    const spans = segments(hits, folded, facts.sentence);
    // Most sentences tell of one act, with every trigger counting: read them as they are.
    if (spans.length === 1 && !cue && hits.length === facts.hits.length) {
      const c = candidate(input, facts, articleAgreement, { earlier: false, existing: false });
      if (c) candidates.push(c);
      continue;
    }
    for (const span of spans) {
      const own = hits.filter((h) => h.start >= span.start && h.start < span.end);
      const ordinary = own.filter((h) => h.start < cueAt);
      const earlier = own.filter((h) => h.start >= cueAt && h.start < nowAt);
      const present = own.filter((h) => h.start >= nowAt);
      // The acts of one sentence share its date, except an earlier act, dated only by its own words.
      if (ordinary.length > 0) {
        const part = withHits(facts, ordinary, span.start, Math.min(span.end, cueAt), start, cueAt);
        const c = candidate(input, part, articleAgreement, { earlier: false, existing: false });
        if (c) candidates.push(c);
      }
      if (earlier.length > 0) {
        const from = Math.max(span.start, cueAt);
        const to = Math.min(span.end, nowAt);
        const part = withHits(facts, earlier, from, to, from, to);
        const c = candidate(input, part, articleAgreement, { earlier: true, existing: false });
        if (c) candidates.push(c);
      }
      if (present.length > 0) {
        const from = Math.max(span.start, nowAt);
        const part = withHits(facts, present, from, span.end, from, end);
        const c = candidate(input, part, articleAgreement, { earlier: false, existing: false });
        if (c) candidates.push(c);
      }
    }
  }
  return candidates;
}

export { insideQuote };
