/**
 * Assembles an article's events from its event sentences: picks the main event, gathers its parties
 * from the headline, the lead and the sentences that restate it, keeps genuinely separate events apart,
 * and splits a hub's sister-city ties into pairs.
 *
 * Why these rules:
 * - The main event is the sentence with an event trigger, its own date (best with a weekday) and the
 *   most weight near the top; a statement or a plan loses to an act ("menerima kunjungan kerja" makes an
 *   audience even when the lead says "menawarkan kerja sama sister city").
 * - Sentences restating the event with the same or fewer parties merge into it; a sentence stating the
 *   same kind of act between other parties ("Bupati Magelang ... juga melakukan kesepakatan dengan Pemkab
 *   Kulon Progo") is an event of its own; plans and wishes in passing ("akan melakukan sister city dengan
 *   Kota Semarang") are not events.
 * - One ceremony with many regions is one event with many parties ("Kota Bandung ... bersama 7 pemerintah
 *   kabupaten/kota", listed in the next sentences). A sister-city tie is pairwise by nature, so "X ... MoU
 *   Sister City dengan A dan B" gives X–A and X–B.
 * - An article that states no act but reports a tie ("mempererat kerja sama sister city") or a plan
 *   ("berencana menjalin kerja sama dengan Jepang") gets that tie as its event.
 */
import type {
  Event,
  EventKind,
  EventStatus,
  EventSubtype,
  PartyRole,
  Place,
  RegionCode,
} from "../../schemas/facts.ts";
import { relativeWeekdayDate, type DateContext } from "./dates.ts";
import {
  actorsOf,
  buildCandidates,
  has,
  insideQuote,
  isCooperative,
  mainScore,
  sentenceDate,
  sentenceKind,
  type Candidate,
  type PartyDraft,
  type SentenceFacts,
} from "./event-candidates.ts";
import { organisationsOf, placeOf, programmesOf, sectorsOf } from "./event-details.ts";
import type { TriggerHit } from "./event-triggers.ts";
import type { OrganisationHit } from "./organisations.ts";
import type { ProgrammeHit } from "./programmes.ts";
import type { ArticleMention } from "./region-context.ts";
import type { SectorHit } from "./sectors.ts";
import type { Span } from "./sentences.ts";
import { evidenceOf, type Token } from "./text.ts";

export interface EventInputs {
  text: string;
  folded: string;
  tokens: readonly Token[];
  sentences: readonly SentenceFacts[];
  quotes: readonly Span[];
  dateContext: DateContext;
  mentions: readonly ArticleMention[];
  sectorHits: readonly SectorHit[];
  programmeHits: readonly ProgrammeHit[];
  organisationHits: readonly OrganisationHit[];
}

interface Draft {
  kind: EventKind;
  subtype: EventSubtype;
  facts: SentenceFacts;
  parties: Map<string, PartyDraft>;
  date: Candidate["date"];
  main: boolean;
  /** Why this is an event: the rule that made it (shown by --explain and kept in the output). */
  rule: string;
}

/** "bersama 7 pemerintah kabupaten/kota": the partners are listed in a sentence that follows. */
const COUNT_OF_REGIONS =
  /(?<![\p{L}])(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(?:pemerintah\s+|pemda\s+)?(?:kabupaten|kota|daerah|provinsi|pemkab|pemkot|pemprov|kepala daerah)/u;

const FOREIGN_KINDS = new Set(["country", "foreign_region"]);

/**
 * Kinds that can describe the same occasion: a signing and a sister-city tie; a visit, an audiensi and a
 * studi banding on one trip. Within a family the more specific reading wins (SPECIFICITY).
 */
function family(kind: EventKind): string {
  if (kind === "sister_city") return "agreement";
  if (kind === "audience" || kind === "study_visit") return "visit";
  return kind;
}

const SPECIFICITY: Partial<Record<EventKind, number>> = { visit: 0, audience: 1, study_visit: 2 };

/** A sentence that names its own partner: "... juga melakukan kesepakatan dengan Pemkab Kulon Progo". */
const PARTNER_CONNECTOR = /(?<![\p{L}])(?:dengan|bersama|antara)(?![\p{L}])/u;

function isSubset(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  for (const key of a.keys()) if (!b.has(key)) return false;
  return true;
}

/** Adds parties not yet present; a role resting on explicit words replaces one read from word order. */
function addParties(into: Map<string, PartyDraft>, from: ReadonlyMap<string, PartyDraft>): void {
  for (const [code, party] of from) {
    const known = into.get(code);
    if (!known || (party.certain && !known.certain && party.role !== known.role)) into.set(code, party);
  }
}

function articleAgreementHit(sentences: readonly SentenceFacts[]): TriggerHit | undefined {
  for (const facts of sentences) {
    const hit = has(facts, "agreement");
    if (hit) return hit;
  }
  return undefined;
}

/** When no sentence states an act: the tie the headline or lead reports, dated by the first dated sentence. */
function fallbackDraft(input: EventInputs): Draft | null {
  const { sentences, tokens, folded } = input;
  const ordered = [
    ...sentences.filter((f) => f.inHeadline),
    ...sentences.filter((f) => f.bodyIndex >= 0 && f.bodyIndex < 4),
  ];
  const source = ordered.find(
    (f) =>
      (has(f, "cooperation") || has(f, "sister") || has(f, "agreeing")) &&
      actorsOf(f, tokens, "other", null, folded).size > 0,
  );
  if (!source) return null;
  const sister = sentences.map((f) => has(f, "sister")).find((h) => h !== undefined);
  const parties = actorsOf(source, tokens, "other", null, folded);
  const foreign = [...parties.values()].some((p) => FOREIGN_KINDS.has(p.ref.kind));
  const joining = /(?<![\p{L}])(?:menjalin|jalin|sepakat|bekerja ?sama|kerja ?sama)(?![\p{L}])/u.test(
    folded.slice(source.sentence.start, source.sentence.end),
  );
  const kind: EventKind = sister ? (foreign ? "sister_city" : "agreement") : joining ? "agreement" : "other";
  const subtype: EventSubtype = sister?.subtype ?? (kind === "agreement" ? "kerja_sama" : "other");
  const date = leadDate(input, [source]);
  for (const party of parties.values()) party.role = kind === "other" ? "participant" : "signatory";
  const rule = "no act stated: the tie the headline or lead reports";
  return { kind, subtype, facts: source, parties, date, main: true, rule };
}

function cooperativeActors(input: EventInputs, facts: SentenceFacts | undefined, kind: EventKind) {
  if (!facts || !isCooperative(facts)) return new Map<string, PartyDraft>();
  return actorsOf(facts, input.tokens, kind, null, input.folded);
}

/** Partners listed after the main sentence ("antara lain Kota Bengkulu, Kabupaten Cianjur, ..."). */
function listedPartners(
  input: EventInputs,
  main: Draft,
  context: readonly SentenceFacts[],
): Map<string, PartyDraft> {
  const found = new Map<string, PartyDraft>();
  const counted = context.some((f) =>
    COUNT_OF_REGIONS.test(input.folded.slice(f.sentence.start, f.sentence.end)),
  );
  if (!counted && main.parties.size >= 2) return found;
  const after = new Set<SentenceFacts>();
  for (const anchor of context) {
    const index = input.sentences.indexOf(anchor);
    for (const facts of input.sentences.slice(index + 1, index + 5)) after.add(facts);
  }
  let previousListed: SentenceFacts | null = null;
  const ordered = [...after].sort((a, b) => a.sentence.start - b.sentence.start);
  for (let k = 0; k < ordered.length; k++) {
    const facts = ordered[k] as SentenceFacts;
    if (has(facts, "agreement") || has(facts, "signing")) continue;
    const listed = facts.mentions.filter(
      (m) => m.prefix && !m.locative && !m.venue && !m.witness && !m.qualifier,
    );
    // A list may run on into the next sentence ("... Bupati Wonogiri Joko Sutopo. Lalu Bupati Boyolali ...").
    const continues =
      previousListed !== null &&
      input.sentences.indexOf(facts) === input.sentences.indexOf(previousListed) + 1;
    const distinct = new Set(listed.map((m) => m.ref.code)).size;
    if (distinct === 0 || (!continues && distinct < (counted ? 3 : 2))) continue;
    previousListed = facts;
    const next = input.sentences[input.sentences.indexOf(facts) + 1];
    if (next && !after.has(next)) {
      after.add(next);
      ordered.splice(k + 1, 0, next);
    }
    const role: PartyRole = main.kind === "agreement" ? "signatory" : "participant";
    const rule = counted ? "listed after a count of partners" : "listed after the main sentence";
    for (const m of listed)
      if (!found.has(m.ref.code)) found.set(m.ref.code, { ref: m.ref, role, rule, evidence: facts.sentence });
  }
  return found;
}

/** A foreign city's country is not a second party: "Kota Kochi, Jepang" is Kochi. */
function withoutRedundantCountries(parties: Map<string, PartyDraft>): void {
  for (const code of [...parties.keys()]) {
    if (!code.includes("/") && [...parties.keys()].some((other) => other.startsWith(`${code}/`)))
      parties.delete(code);
  }
}

/**
 * The date of an event whose own sentence gives none: a weekday counted back from the publication date
 * in that sentence ("pada Kamis lalu"), else a weekday-dated mention near the top, else any date there.
 */
function leadDate(input: EventInputs, own: readonly SentenceFacts[]): Candidate["date"] {
  for (const facts of own) {
    const { start, end } = facts.sentence;
    const relative = relativeWeekdayDate(input.text.slice(start, end), input.dateContext.published);
    if (relative) return { date: relative.date, basis: relative.basis, mention: null };
  }
  const top = input.sentences.filter((s) => s.bodyIndex >= 0 && s.bodyIndex < 6);
  for (const f of top) {
    if (!f.dates.some((d) => d.weekday !== null)) continue;
    const date = sentenceDate(f, input.dateContext);
    if (date?.mention?.weekday !== null && date) return date;
  }
  for (const f of top.slice(0, 4)) {
    const date = sentenceDate(f, input.dateContext);
    if (date) return date;
  }
  return null;
}

function mainDraft(input: EventInputs, candidates: readonly Candidate[]): Draft | null {
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || mainScore(c) > mainScore(best)) best = c;
  if (!best) return fallbackDraft(input);
  const draft: Draft = {
    kind: best.kind,
    subtype: best.subtype,
    facts: best.facts,
    parties: new Map(best.parties),
    date: best.date,
    main: true,
    rule: `main event: best-scored sentence with "${input.text.slice(best.trigger.start, best.trigger.end)}"`,
  };
  return draft;
}

function status(draft: Draft, context: readonly SentenceFacts[]): EventStatus {
  const within = (category: Parameters<typeof has>[1]) => context.some((f) => has(f, category) !== undefined);
  const own = (category: Parameters<typeof has>[1]) => has(draft.facts, category) !== undefined;
  if (draft.kind === "agreement" || draft.kind === "sister_city") {
    if (within("renewal")) return "extended";
    if (own("signing")) return "signed";
    if (within("proposal")) return "proposed";
    if (within("plan")) return "planned";
    if (within("strengthen")) return "ongoing";
    return own("agreement") ? "signed" : "unknown";
  }
  return own("plan") && !draft.date ? "planned" : "held";
}

/** "X ... dengan A dan B": X is the hub when it alone acts before "dengan"/"bersama". */
function hubOf(input: EventInputs, draft: Draft): string | null {
  const { start, end } = draft.facts.sentence;
  const sentence = input.folded.slice(start, end);
  const partner = /(?<![\p{L}])(?:dengan|bersama)(?![\p{L}])/u.exec(sentence);
  if (!partner) return null;
  const pivot = start + partner.index;
  const before = new Set<string>();
  const after = new Set<string>();
  for (const m of draft.facts.mentions) {
    if (!draft.parties.has(m.ref.code)) continue;
    (m.start < pivot ? before : after).add(m.ref.code);
  }
  const [hub] = before;
  return before.size === 1 && hub !== undefined && after.size >= 2 && !after.has(hub) ? hub : null;
}

function splitSisterTies(input: EventInputs, draft: Draft, sisterWords: boolean): Draft[] {
  if (!sisterWords || draft.parties.size < 3) return [draft];
  const hub = hubOf(input, draft);
  const hubParty = hub ? draft.parties.get(hub) : undefined;
  if (!hub || !hubParty) return [draft];
  return [...draft.parties.entries()]
    .filter(([code]) => code !== hub)
    .map(([code, party]) => ({
      kind: draft.kind,
      subtype: draft.subtype,
      facts: draft.facts,
      date: draft.date,
      main: draft.main,
      rule: `${draft.rule}; sister-city ties are pairwise`,
      parties: new Map([
        [hub, hubParty],
        [code, party],
      ]),
    }));
}

/**
 * Signatories only of a signed agreement; everyone at a meeting is a party; on a visit, whoever is not
 * the host is a visitor once the host is known.
 */
function roleIn(kind: EventKind, role: PartyRole, signed: boolean, hosted: boolean): PartyRole {
  if (kind === "agreement" || kind === "sister_city") return signed ? "signatory" : "participant";
  if (kind === "meeting" || kind === "other") return role === "convener" ? role : "participant";
  return role === "participant" && hosted ? "visitor" : role;
}

/**
 * The venue in the event's dated sentence, else in its own sentence, else (for the main event) in the
 * lead when the lead tells of the event too.
 */
function placeOfEvent(
  input: EventInputs,
  draft: Draft,
  dated: SentenceFacts | undefined,
  context: readonly SentenceFacts[],
): Place | null {
  const sources = dated && dated !== draft.facts ? [dated, draft.facts] : [draft.facts];
  if (draft.main) {
    for (const facts of context)
      if (facts.bodyIndex >= 0 && !sources.includes(facts) && isCooperative(facts)) sources.push(facts);
  }
  for (const facts of sources) {
    const place = placeOf(input.text, facts, input.mentions);
    if (place) return place;
  }
  return null;
}

function toEvent(input: EventInputs, draft: Draft, context: readonly SentenceFacts[]): Event {
  const parties = [...draft.parties.values()];
  const codes: RegionCode[] = parties.map((p) => p.ref.code);
  const { start, end } = draft.facts.sentence;
  const within = (offset: number) => draft.main || (offset >= start && offset < end);
  const scope = draft.main ? input.sentences.filter((f) => f.bodyIndex >= 0) : [];
  const programRefs = programmesOf(input.text, input.programmeHits, input.sentences, within);
  const date = draft.date?.date ?? null;
  const dateMention = draft.date?.mention;
  const dated =
    draft.main && dateMention ? input.sentences.find((f) => f.dates.includes(dateMention)) : undefined;
  const eventStatus = status(draft, context);
  const signed = eventStatus === "signed" || eventStatus === "extended";
  const dateSentence = dateMention ? input.sentences.find((f) => f.dates.includes(dateMention)) : undefined;
  const sectorRefs = sectorsOf(input.text, input.folded, input.sectorHits, context, scope);
  const hosted = parties.some((p) => p.role === "host");
  return {
    key: `${draft.kind}:${[...codes].sort().join("+")}:${date ?? "undated"}`,
    kind: draft.kind,
    subtype: draft.subtype,
    status: eventStatus,
    date,
    dateBasis: draft.date?.basis ?? null,
    dateEvidence: dateSentence
      ? evidenceOf(input.text, dateSentence.sentence.start, dateSentence.sentence.end)
      : null,
    validUntil: null,
    durationYears: null,
    validityEvidence: null,
    place: placeOfEvent(input, draft, dated, context),
    parties: codes,
    hub: null,
    partyRoles: parties.map((p) => ({
      code: p.ref.code,
      name: p.ref.name,
      role: roleIn(draft.kind, p.role, signed, hosted),
      evidence: evidenceOf(input.text, p.evidence.start, p.evidence.end),
      rule: p.rule,
    })),
    sectors: sectorRefs.map((s) => s.sector),
    sectorRefs,
    programs: programRefs.map((p) => p.name),
    programRefs,
    organisations: draft.main
      ? organisationsOf(input.text, input.folded, input.organisationHits, input.sentences, draft.facts)
      : [],
    evidence: evidenceOf(input.text, start, end),
    rule: draft.rule,
  };
}

/**
 * "... menemui Gubernur Kalteng. Kedatangan Marukan ini dalam rangka audiensi ...": the sentence after a
 * visit may name what kind of visit it was, without naming anyone again.
 */
function refineVisitKind(input: EventInputs, main: Draft): void {
  if (family(main.kind) !== "visit" || main.facts.bodyIndex < 0) return;
  const next = input.sentences.find((f) => f.bodyIndex === main.facts.bodyIndex + 1);
  if (!next || next.hits.length === 0) return;
  const unquoted = { ...next, hits: next.hits.filter((h) => !insideQuote(input.quotes, h.start)) };
  const reading = sentenceKind(unquoted, input.folded, undefined);
  if (!reading || family(reading.kind) !== "visit") return;
  if ((SPECIFICITY[reading.kind] ?? -1) > (SPECIFICITY[main.kind] ?? -1)) {
    main.kind = reading.kind;
    main.subtype = reading.subtype;
  }
}

export function extractEvents(input: EventInputs): Event[] {
  const { sentences, tokens, folded, quotes, dateContext } = input;
  const candidates = buildCandidates(
    sentences,
    tokens,
    folded,
    quotes,
    dateContext,
    articleAgreementHit(sentences),
  );
  const main = mainDraft(input, candidates);
  if (!main) return [];
  const headline = sentences.find((f) => f.inHeadline);
  const lead = sentences.find((f) => f.bodyIndex === 0);
  const context = [main.facts, ...(headline ? [headline] : []), ...(lead ? [lead] : [])];
  addParties(main.parties, cooperativeActors(input, headline, main.kind));
  addParties(main.parties, cooperativeActors(input, lead, main.kind));
  refineVisitKind(input, main);
  /** Sentences restating the main event: where its date may be, if its own sentence has none. */
  const restating: Candidate[] = [];
  const separate: Draft[] = [];
  for (const c of candidates) {
    if (c.facts === main.facts || c.parties.size === 0) continue;
    const sameFamily = family(c.kind) === family(main.kind);
    const sentence = folded.slice(c.facts.sentence.start, c.facts.sentence.end);
    // Participants listed without a partner of their own ("... juga melaksanakan penandatangan MOU yaitu
    // Kota X, Kab. Y") signed at the same ceremony.
    const sameCeremony =
      c.parties.size >= 2 &&
      !PARTNER_CONNECTOR.test(sentence) &&
      (!c.date || c.date.date === main.date?.date);
    if (
      sameFamily &&
      (isSubset(c.parties, main.parties) || isSubset(main.parties, c.parties) || sameCeremony)
    ) {
      addParties(main.parties, c.parties);
      restating.push(c);
      if ((SPECIFICITY[c.kind] ?? -1) > (SPECIFICITY[main.kind] ?? -1)) {
        main.kind = c.kind;
        main.subtype = c.subtype;
      }
      continue;
    }
    if (c.parties.size < 2 || c.planned || c.facts.inHeader) continue;
    const twin = separate.find(
      (d) => d.kind === c.kind && isSubset(d.parties, c.parties) && isSubset(c.parties, d.parties),
    );
    if (twin) continue;
    separate.push({
      kind: c.kind,
      subtype: c.subtype,
      facts: c.facts,
      parties: new Map(c.parties),
      date: c.date,
      main: false,
      rule: `separate act: "${input.text.slice(c.trigger.start, c.trigger.end)}" with parties of its own`,
    });
  }
  main.date ??=
    restating.map((c) => c.date).find((d) => d !== null) ??
    leadDate(input, [main.facts, ...restating.map((c) => c.facts)]);
  // A separate event told without a date happened on the same occasion ("pada kesempatan itu").
  for (const d of separate) d.date ??= main.date;
  addParties(main.parties, listedPartners(input, main, context));
  const sisterHit = context.map((f) => has(f, "sister")).find((h) => h !== undefined);
  const foreign = [...main.parties.values()].some((p) => FOREIGN_KINDS.has(p.ref.kind));
  // "Kerjasama Sister City itu ditandai dengan pertemuan Wali Kota ...": the meeting is the tie's step.
  if ((main.kind === "agreement" || main.kind === "meeting") && sisterHit && foreign) {
    main.kind = "sister_city";
    main.subtype = sisterHit.subtype ?? main.subtype;
  }
  const drafts = [main, ...separate];
  // An agreement signed among the main meeting's own parties is what the meeting came to: it leads.
  const concluded =
    main.kind === "meeting" || main.kind === "other"
      ? separate.find(
          (d) =>
            family(d.kind) === "agreement" &&
            (isSubset(d.parties, main.parties) || isSubset(main.parties, d.parties)) &&
            d.date?.date === main.date?.date,
        )
      : undefined;
  if (concluded) drafts.unshift(...drafts.splice(drafts.indexOf(concluded), 1));
  for (const d of drafts) withoutRedundantCountries(d.parties);
  const sisterInMain = main.kind === "sister_city" || has(main.facts, "sister") !== undefined;
  const events: Event[] = [];
  for (const d of drafts) {
    if (d.parties.size === 0) continue;
    const parts = d.main ? splitSisterTies(input, d, sisterInMain) : [d];
    for (const part of parts) events.push(toEvent(input, part, d.main ? context : [d.facts]));
  }
  return events;
}
