/**
 * A finished draft becomes the output's Event: status, hub and the roles it implies, place, sectors,
 * programmes and organisations, each with the sentence it was read from.
 *
 * Why separate from assembly: assembly decides what the event is and who takes part; these are the
 * details hanging off it, each read by its own small rule.
 */
import type { Event, EventKind, EventStatus, PartyRole, Place, RegionCode } from "../../schemas/facts.ts";
import { has, isCooperative, isPlanned, type SentenceFacts } from "./event-candidates.ts";
import { organisationsOf, placeOf, programmesOf, sectorsOf } from "./event-details.ts";
import type { Draft, EventInputs } from "./event-draft.ts";
import { decideHub } from "./event-hub.ts";
import { formatDate, type DateContext } from "./dates.ts";
import { evidenceOf } from "./text.ts";
import { validityOf } from "./validity.ts";

function status(draft: Draft, context: readonly SentenceFacts[], dateToCome: boolean): EventStatus {
  const within = (category: Parameters<typeof has>[1]) => context.some((f) => has(f, category) !== undefined);
  const own = (category: Parameters<typeof has>[1]) => has(draft.facts, category) !== undefined;
  if (draft.existing) return "ongoing";
  if (draft.kind === "agreement" || draft.kind === "sister_city") {
    if (within("renewal")) return "extended";
    if (own("signing")) return "signed";
    if (within("proposal")) return "proposed";
    if (within("plan")) return "planned";
    if (within("strengthen")) return "ongoing";
    return own("agreement") ? "signed" : "unknown";
  }
  return own("plan") && (!draft.date || dateToCome) ? "planned" : "held";
}

/**
 * Signatories only of a signed agreement; at a meeting the hub convenes and everyone else takes part; on
 * a visit, whoever is not the host is a visitor once the host is known.
 */
function roleIn(kind: EventKind, role: PartyRole, signed: boolean, hosted: boolean, hub: boolean): PartyRole {
  if (kind === "agreement" || kind === "sister_city") return signed ? "signatory" : "participant";
  if (kind === "meeting") return hub ? "convener" : "participant";
  if (kind === "other") return "participant";
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
      if (facts.bodyIndex >= 0 && !sources.some((s) => s.sentence === facts.sentence) && isCooperative(facts))
        sources.push(facts);
  }
  for (const facts of sources) {
    const place = placeOf(input.text, facts, input.mentions);
    if (place) return place;
  }
  return null;
}

/**
 * A sentence planning cooperation with a region that is no party of the event ("Kedepan kami akan
 * mengupayakan kerja sama dengan Pemprov X, yang memiliki program Y"): its programmes are that plan's.
 */
function aboutAnotherPlannedTie(input: EventInputs, draft: Draft, offset: number): boolean {
  const facts = input.sentences.find((f) => offset >= f.sentence.start && offset < f.sentence.end);
  if (!facts || !isPlanned(facts)) return false;
  return facts.mentions.some(
    (m) => !draft.parties.has(m.ref.code) && !m.qualifier && !m.venue && !m.dateline && !m.witness,
  );
}

/**
 * A date later than the article's publication is no date of an act that has happened: it stays only on an
 * event the article tells as planned (annotation guide, date). An agreement's end of term never gets here
 * (validity.ts keeps it apart); what does is mostly a year inferred wrongly.
 */
function afterPublication(date: string | null, context: DateContext): boolean {
  if (!date || !context.published) return false;
  const published = formatDate(context.published);
  return date.slice(0, Math.min(date.length, published.length)) > published.slice(0, date.length);
}

export function toEvent(input: EventInputs, draft: Draft, context: readonly SentenceFacts[]): Event {
  const parties = [...draft.parties.values()];
  const codes: RegionCode[] = parties.map((p) => p.ref.code);
  const { start, end } = draft.facts.sentence;
  const within = (offset: number) => draft.main || (offset >= start && offset < end);
  const scope = draft.main ? input.sentences.filter((f) => f.bodyIndex >= 0) : [];
  const programRefs = programmesOf(
    input.text,
    input.programmeHits,
    input.sentences,
    (offset) => within(offset) && !aboutAnotherPlannedTie(input, draft, offset),
  );
  const stated = draft.date?.date ?? null;
  const dateToCome = afterPublication(stated, input.dateContext);
  const eventStatus = status(draft, context, dateToCome);
  const date = eventStatus !== "planned" && dateToCome ? null : stated;
  const dateMention = date ? draft.date?.mention : undefined;
  const dateSentence = dateMention ? input.sentences.find((f) => f.dates.includes(dateMention)) : undefined;
  const signed = eventStatus === "signed" || eventStatus === "extended";
  const sectorRefs = sectorsOf(input.text, input.folded, input.sectorHits, context, scope);
  const hosted = parties.some((p) => p.role === "host");
  const hub = decideHub(draft, input.folded);
  const validity = draft.main ? validityOf(input, draft) : null;
  return {
    key: `${draft.kind}:${[...codes].sort().join("+")}:${date ?? "undated"}`,
    kind: draft.kind,
    subtype: draft.subtype,
    status: eventStatus,
    date,
    dateBasis: date ? (draft.date?.basis ?? null) : null,
    dateEvidence: dateSentence
      ? evidenceOf(input.text, dateSentence.sentence.start, dateSentence.sentence.end)
      : null,
    validUntil: validity?.validUntil ?? null,
    durationYears: validity?.durationYears ?? null,
    validityEvidence: validity?.evidence ?? null,
    place: placeOfEvent(input, draft, draft.main ? dateSentence : undefined, context),
    parties: codes,
    hub: hub.hub,
    partyRoles: parties.map((p) => ({
      code: p.ref.code,
      name: p.ref.name,
      role: roleIn(draft.kind, p.role, signed, hosted, p.ref.code === hub.hub),
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
    rule: hub.rule ? `${draft.rule}; hub: ${hub.rule}` : draft.rule,
  };
}
