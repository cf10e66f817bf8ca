/**
 * What an event covers and where it happened: its place (the venue after "di"/"bertempat di"), its
 * sectors, its programmes and the organisations with their roles.
 *
 * Why separate from event assembly: these details hang off an event once its sentence is known, and each
 * follows its own small rule (a venue ends at the date, a sector counts only in a scope sentence, an
 * organisation after "disaksikan" is a witness).
 */
import type { Organisation, Place, ProgramRef, SectorRef } from "../../schemas/facts.ts";
import type { OrganisationHit } from "./organisations.ts";
import type { ProgrammeHit } from "./programmes.ts";
import type { ArticleMention } from "./region-context.ts";
import type { SectorHit } from "./sectors.ts";
import { SCOPE_CUE } from "./sectors.ts";
import type { SentenceFacts } from "./event-candidates.ts";
import { evidenceOf } from "./text.ts";

const VENUE_INTRO =
  /(?<![\p{L}])(?:bertempat di|berlangsung di|dilaksanakan di|diselenggarakan di|digelar di|di)\s+(?!(?:sela|tengah|mana|antara|bidang|bawah|hadapan|depan|atas|dalam|sini|sana|situ|luar|kalangan|lingkungan)\b)/giu;

/**
 * The venue: after the "di" nearest before the date, up to the date, the next "di", or a comma that
 * continues the clause in lower case ("Kantor Wali Kota Bekasi, kerjasama tersebut ...").
 */
export function placeOf(
  text: string,
  facts: SentenceFacts,
  mentions: readonly ArticleMention[],
): Place | null {
  const { start, end } = facts.sentence;
  const sentence = text.slice(start, end);
  const dateStart = facts.dates.find((d) => !d.background)?.start ?? end;
  let intro: RegExpExecArray | null = null;
  VENUE_INTRO.lastIndex = 0;
  let introAfterDate: RegExpExecArray | null = null;
  for (let m = VENUE_INTRO.exec(sentence); m !== null; m = VENUE_INTRO.exec(sentence)) {
    if (start + m.index < dateStart) intro = m;
    else introAfterDate ??= m;
  }
  // "... berlangsung pada hari Senin, 4 Agustus 2025, bertempat di Ruang ...": the venue after the date.
  const afterDate = !intro && introAfterDate !== null;
  intro ??= introAfterDate;
  if (!intro) return null;
  const from = start + intro.index + intro[0].length;
  // "kami di pemprov": a bare "di" before a lower-case word is no venue's name.
  if (/^di\s+$/i.test(intro[0]) && /^\p{Ll}/u.test(text.charAt(from))) return null;
  let to = Math.min(afterDate ? end : dateStart, end, from + 120);
  const clause = /\sdi\s|,\s*(?=\p{Ll})|[;:]/u.exec(text.slice(from, to));
  if (clause) to = from + clause.index;
  // A venue's name is capitalised: two lower-case words after it are the sentence going on ("di Jepang
  // memiliki banyak persamaan").
  if (/^\p{Lu}/u.test(text.charAt(from))) {
    const prose = /\s\p{Ll}[\p{Ll}-]*\s+\p{Ll}/u.exec(text.slice(from, to));
    if (prose) to = from + prose.index;
  }
  // A weekday without a date is not a date mention, but it ends the venue all the same ("..., Selasa.",
  // "..., Kamis sore (4/5/2023)").
  const raw = text
    .slice(from, to)
    .replace(
      /[\s,;.(]*(?:(?:pada\s+)?(?:hari\s+)?(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)(?:\s+(?:pagi|siang|sore|malam))?|pada hari|pada|hari)?[\s,;.(]*$/i,
      "",
    );
  if (raw.length < 3) return null;
  const evidence = evidenceOf(text, from, from + raw.length);
  const inside = mentions.filter((m) => m.start >= evidence.start && m.end <= evidence.end);
  const specific = inside.find((m) => m.ref.kind !== "province" && m.ref.kind !== "country") ?? inside[0];
  return { name: evidence.text, code: specific?.ref.code ?? null, evidence };
}

/** The sentence (from a list sorted by start) that contains the offset, by binary search. */
function containing(sentences: readonly SentenceFacts[], offset: number): SentenceFacts | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = sentences[mid] as SentenceFacts;
    if (offset < f.sentence.start) hi = mid - 1;
    else if (offset >= f.sentence.end) lo = mid + 1;
    else return f;
  }
  return undefined;
}

/** Sectors named in the event's sentences and in the article's sentences about scope, with their sentence. */
export function sectorsOf(
  text: string,
  folded: string,
  hits: readonly SectorHit[],
  own: readonly SentenceFacts[],
  scope: readonly SentenceFacts[],
): SectorRef[] {
  const sectors: SectorRef[] = [];
  const scoped = new Map<SentenceFacts, boolean>();
  for (const hit of hits) {
    if (sectors.some((s) => s.sector === hit.sector)) continue;
    const inOwn = own.find((f) => hit.start >= f.sentence.start && hit.end <= f.sentence.end);
    if (inOwn) {
      sectors.push({
        sector: hit.sector,
        evidence: evidenceOf(text, inOwn.sentence.start, inOwn.sentence.end),
      });
      continue;
    }
    const facts = containing(scope, hit.start);
    if (!facts || hit.end > facts.sentence.end) continue;
    let isScope = scoped.get(facts);
    if (isScope === undefined) {
      isScope = SCOPE_CUE.test(folded.slice(facts.sentence.start, facts.sentence.end));
      scoped.set(facts, isScope);
    }
    if (isScope)
      sectors.push({
        sector: hit.sector,
        evidence: evidenceOf(text, facts.sentence.start, facts.sentence.end),
      });
  }
  return sectors;
}

/** Programmes named within the event's reach, each once, with the sentence that names it. */
export function programmesOf(
  text: string,
  hits: readonly ProgrammeHit[],
  sentences: readonly SentenceFacts[],
  within: (offset: number) => boolean,
): ProgramRef[] {
  const refs: ProgramRef[] = [];
  for (const hit of hits) {
    if (!within(hit.start) || refs.some((r) => r.id === hit.id)) continue;
    const sentence = containing(sentences, hit.start)?.sentence ?? hit;
    refs.push({
      id: hit.id,
      name: hit.name,
      surface: hit.surface,
      evidence: evidenceOf(text, sentence.start, sentence.end),
    });
  }
  return refs;
}

const WITNESS = /(?<![\p{L}])(?:disaksikan|menyaksikan|saksi|diketahui oleh)(?![\p{L}])/u;
const FACILITATION =
  /(?<![\p{L}])(?:difasilitasi|memfasilitasi|fasilitasi|fasilitator|diinisiasi|diprakarsai|melalui)(?![\p{L}])/u;

/** Organisations with their role: after a witness verb, after a facilitation word, or in the event's sentence. */
export function organisationsOf(
  text: string,
  folded: string,
  hits: readonly OrganisationHit[],
  sentences: readonly SentenceFacts[],
  eventSentence: SentenceFacts,
): Organisation[] {
  const organisations: Organisation[] = [];
  for (const hit of hits) {
    const facts = sentences.find((f) => hit.start >= f.sentence.start && hit.start < f.sentence.end);
    if (!facts) continue;
    const before = folded.slice(facts.sentence.start, hit.start);
    const role = WITNESS.test(before)
      ? "witness"
      : FACILITATION.test(before.slice(-60)) ||
          /^\W*(?:\([^)]*\)\s*)?(?:mengajak|memfasilitasi)/.test(folded.slice(hit.end, hit.end + 40))
        ? "facilitator"
        : facts.sentence === eventSentence.sentence
          ? "party"
          : null;
    if (!role || organisations.some((o) => o.id === hit.organisation.id)) continue;
    const { id, name, acronym, kind } = hit.organisation;
    organisations.push({ id, name, acronym, kind, role, evidence: evidenceOf(text, hit.start, hit.end) });
  }
  return organisations;
}
