/**
 * Assembles an article's events from its event sentences: picks the main event, gathers its parties
 * from the headline, the lead, the sentences that restate it and the lists that name its partners, and
 * keeps genuinely separate events apart.
 *
 * Why these rules:
 * - The main event is the sentence with an event trigger, its own date (best with a weekday) and the
 *   most weight near the top; a statement or a plan loses to an act ("menerima kunjungan kerja" makes an
 *   audience even when the lead says "menawarkan kerja sama sister city").
 * - Sentences restating the event with the same or fewer parties merge into it. A signing of the same
 *   occasion that shares one party with it ("pada kesempatan itu juga melakukan kesepakatan dengan Pemkab
 *   Kulon Progo") joins it, and the shared party is the hub: one host, several partners. A sentence
 *   stating another act between other parties is an event of its own; plans and wishes in passing ("akan
 *   melakukan sister city dengan Kota Semarang") are not events.
 * - One ceremony with many regions is one event with many parties ("Kota Bandung ... bersama 7 pemerintah
 *   kabupaten/kota", listed in the next sentences); who deals with whom is the hub's business
 *   (event-hub.ts), not a reason to split the event.
 * - An article that states no act but reports a tie ("mempererat kerja sama sister city") or a plan
 *   ("berencana menjalin kerja sama dengan Jepang") gets that tie as its event.
 */
import type { Event, EventKind, EventSubtype } from "../../schemas/facts.ts";
import {
  actorsOf,
  has,
  isCooperative,
  mainScore,
  type Candidate,
  type PartyDraft,
  type SentenceFacts,
} from "./event-candidates.ts";
import { leadDate } from "./event-dates.ts";
import { placeOf } from "./event-details.ts";
import {
  addParties,
  addSource,
  draftOf,
  family,
  FOREIGN_KINDS,
  isSubset,
  SPECIFICITY,
  type Draft,
  type EventInputs,
} from "./event-draft.ts";
import { attendingParties, listedPartners } from "./event-lists.ts";
import {
  atTheMeeting,
  followUpInstruments,
  joinActsAtMeeting,
  meetingOfTheAct,
  otherAct,
} from "./event-other-acts.ts";
import { callOnTheGovernor, isCoordination, refineVisitKind } from "./event-kinds.ts";
import { toEvent } from "./event-output.ts";
import {
  countriesAsTheirPlace,
  provincesActing,
  withoutProvincesAsAreas,
  withoutRedundantCountries,
} from "./event-regions.ts";
import { buildCandidates } from "./sentence-acts.ts";
import type { TriggerHit } from "./event-triggers.ts";

export type { EventInputs } from "./event-draft.ts";

/** A sentence that names its own partner: "... juga melakukan kesepakatan dengan Pemkab Kulon Progo". */
const PARTNER_CONNECTOR = /(?<![\p{L}])(?:dengan|bersama|antara)(?![\p{L}])/u;

/**
 * The act named again with a demonstrative ("Berita acara kesepakatan batas antara P dan Q ini diteken
 * di ..."): the act already told, whatever regions the sentence adds to describe it.
 */
const THIS_ACT = /^[^.,;:"“”]{0,70}?(?<![\p{L}])(?:ini|tersebut|itu)(?![\p{L}])/u;

/** Words placing an act on the occasion already told: "pada kesempatan itu juga", "selain dengan ...". */
const SAME_OCCASION =
  /(?<![\p{L}])(?:kesempatan (?:itu|ini|tersebut|yang sama)|saat yang sama|waktu yang sama|sekaligus|juga|selain)(?![\p{L}])/u;

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
  return {
    kind,
    subtype,
    facts: source,
    parties,
    date,
    main: true,
    rule,
    sources: new Map([[source.sentence, source]]),
    hubClues: [],
    earlier: false,
    existing: false,
  };
}

function cooperativeActors(input: EventInputs, facts: SentenceFacts | undefined, kind: EventKind) {
  if (!facts || !isCooperative(facts)) return new Map<string, PartyDraft>();
  return actorsOf(facts, input.tokens, kind, null, input.folded);
}

/**
 * The main event: the best-scored candidate, and of the kind the headline tells of when the headline
 * names an act ("Sleman Sepakati Batas dengan Dua Kabupaten" is about the agreement, not the meeting
 * where it was signed).
 */
function mainDraft(input: EventInputs, candidates: readonly Candidate[]): Draft | null {
  const headline = candidates.find((c) => c.facts.inHeadline && !c.earlier && !c.existing);
  const told = headline ? family(headline.kind) : null;
  const score = (c: Candidate) =>
    mainScore(c) + (told && family(c.kind) === told && !c.facts.inHeader ? 5 : 0);
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.earlier || c.existing) continue;
    if (!best || score(c) > score(best)) best = c;
  }
  if (!best) {
    const fallback = fallbackDraft(input);
    const tie = candidates.find((c) => c.existing);
    return (
      fallback ?? (tie ? draftOf(tie, true, "no act stated: a tie the article tells of as existing") : null)
    );
  }
  const trigger = input.text.slice(best.trigger.start, best.trigger.end);
  return draftOf(best, true, `main event: best-scored sentence with "${trigger}"`);
}

/** The one party two signings of one occasion share, when each adds a partner of its own. */
function sharedParty(main: Draft, c: Candidate): string | null {
  const shared = [...c.parties.keys()].filter((code) => main.parties.has(code));
  const [only] = shared;
  return shared.length === 1 && only !== undefined && c.parties.size >= 2 ? only : null;
}

/**
 * Co-signers listed beside a two-party signing ("Hadir ... dan juga melaksanakan penandatanganan MoU
 * yaitu ..."): they came to the host, the one of the two whose premises the ceremony was held at.
 */
function hostOfCeremony(input: EventInputs, main: Draft, signers: readonly string[]): string | null {
  const named = (code: string) => main.facts.mentions.some((m) => m.ref.code === code);
  if (signers.length !== 2 || !signers.every(named)) return null;
  const place = placeOf(input.text, main.facts, input.mentions);
  return place?.code && signers.includes(place.code) ? place.code : null;
}

export function extractEvents(input: EventInputs): Event[] {
  const { sentences, folded } = input;
  const candidates = buildCandidates(input, articleAgreementHit(sentences));
  const main = mainDraft(input, candidates);
  if (!main) return [];
  const headline = sentences.find((f) => f.inHeadline);
  const lead = sentences.find((f) => f.bodyIndex === 0);
  const context = [main.facts, ...(headline ? [headline] : []), ...(lead ? [lead] : [])];
  for (const facts of [headline, lead]) {
    const actors = cooperativeActors(input, facts, main.kind);
    if (facts && actors.size > 0) addSource(main, facts);
    addParties(main.parties, actors);
  }
  refineVisitKind(input, main);
  callOnTheGovernor(input, main);
  /** Sentences restating the main event: where its date may be, if its own sentence has none. */
  const restating: Candidate[] = [];
  const separate: Draft[] = [];
  for (const c of candidates) {
    if (c.earlier || c.existing) {
      const act = otherAct(input, main, c, separate);
      if (act) separate.push(act);
      continue;
    }
    if (c.facts === main.facts || c.parties.size === 0) continue;
    const sameFamily = family(c.kind) === family(main.kind);
    const sentence = folded.slice(c.facts.sentence.start, c.facts.sentence.end);
    const sameDay = !c.date || c.date.date === main.date?.date;
    // Participants listed without a partner of their own ("... juga melaksanakan penandatangan MOU yaitu
    // Kota X, Kab. Y") signed at the same ceremony.
    const sameCeremony = c.parties.size >= 2 && !PARTNER_CONNECTOR.test(sentence) && sameDay;
    const thisAct = sameDay && THIS_ACT.test(folded.slice(c.trigger.end, c.facts.sentence.end));
    if (
      sameFamily &&
      (isSubset(c.parties, main.parties) || isSubset(main.parties, c.parties) || sameCeremony || thisAct)
    ) {
      if (sameCeremony && !isSubset(c.parties, main.parties)) {
        const host = hostOfCeremony(input, main, [...main.parties.keys()]);
        if (host) main.hubClues.push({ code: host, rule: "the host the co-signers came to" });
      }
      addParties(main.parties, c.parties);
      restating.push(c);
      addSource(main, c.facts);
      if ((SPECIFICITY[c.kind] ?? -1) > (SPECIFICITY[main.kind] ?? -1)) {
        main.kind = c.kind;
        main.subtype = c.subtype;
      }
      continue;
    }
    const shared = sameFamily && sameDay && SAME_OCCASION.test(sentence) ? sharedParty(main, c) : null;
    if (shared) {
      addParties(main.parties, c.parties);
      addSource(main, c.facts);
      main.hubClues.push({ code: shared, rule: "the partner shared by the signings of one occasion" });
      continue;
    }
    if (c.kind === "meeting" && main.kind !== "meeting" && !c.planned && atTheMeeting(input, c)) {
      separate.push(meetingOfTheAct(main, c, input.text.slice(c.trigger.start, c.trigger.end)));
      continue;
    }
    if (c.parties.size < 2 || c.planned || c.facts.inHeader) continue;
    const twin = separate.find(
      (d) => d.kind === c.kind && isSubset(d.parties, c.parties) && isSubset(c.parties, d.parties),
    );
    if (twin) continue;
    const trigger = input.text.slice(c.trigger.start, c.trigger.end);
    separate.push(draftOf(c, false, `separate act: "${trigger}" with parties of its own`));
  }
  separate.push(...followUpInstruments(input, main));
  main.date ??=
    restating.map((c) => c.date).find((d) => d !== null) ??
    leadDate(
      input,
      [main.facts, ...restating.map((c) => c.facts)],
      new Set(separate.map((d) => d.facts.sentence.start)),
    );
  // A separate event told without a date happened on the same occasion ("pada kesempatan itu"); an earlier
  // act or an existing tie keeps its own date or none.
  for (const d of separate) if (!d.earlier && !d.existing) d.date ??= main.date;
  joinActsAtMeeting(input, main, separate);
  const signers = [...main.parties.keys()];
  const listed = listedPartners(input, main, context);
  if ([...listed.keys()].some((code) => !main.parties.has(code))) {
    const host = hostOfCeremony(input, main, signers);
    if (host) main.hubClues.push({ code: host, rule: "the host the listed co-signers came to" });
  }
  addParties(main.parties, listed);
  addParties(main.parties, attendingParties(input, main));
  // Sister-city words in any sentence that tells of this tie: its own, the headline, the lead, or one
  // naming its parties ("Kerja sama ini diresmikan melalui penandatanganan MoU sister province").
  const aboutTie = (f: SentenceFacts) =>
    context.some((c) => c.sentence === f.sentence) ||
    main.sources.has(f.sentence) ||
    f.mentions.some((m) => main.parties.has(m.ref.code));
  const sisterHit = sentences
    .filter((f) => f.bodyIndex >= 0 || f.inHeadline)
    .filter(aboutTie)
    .map((f) => has(f, "sister"))
    .find((h) => h !== undefined);
  const foreign = [...main.parties.values()].some((p) => FOREIGN_KINDS.has(p.ref.kind));
  // "Kerjasama Sister City itu ditandai dengan pertemuan Wali Kota ...": the meeting is the tie's step.
  if (
    (main.kind === "agreement" || main.kind === "meeting" || main.kind === "visit") &&
    sisterHit &&
    foreign
  ) {
    main.kind = "sister_city";
    main.subtype = sisterHit.subtype ?? main.subtype;
  }
  // Two encounters (meeting, visit, audience) of the same parties on the same day are one occasion; so
  // is the visit or meeting that marks a sister-city tie.
  const encounter = (kind: EventKind) => kind === "meeting" || family(kind) === "visit";
  const sameOccasion = (d: Draft) =>
    isSubset(d.parties, main.parties) &&
    isSubset(main.parties, d.parties) &&
    (!d.date || !main.date || d.date.date === main.date.date) &&
    encounter(d.kind) &&
    (encounter(main.kind) || main.kind === "sister_city");
  for (const d of [main, ...separate]) {
    countriesAsTheirPlace(d.parties, input.mentions);
    withoutRedundantCountries(d.parties);
    withoutProvincesAsAreas(d.parties, provincesActing(input, d.sources.values(), d.kind !== "meeting"));
  }
  // The signing of a sister-city tie between the parties of the meeting or visit that marks it, on the
  // same day ("Pada kesempatan itu dilakukan pembaruan MoU antara ..."), is the tie itself: one event.
  const tieSigned = (d: Draft) =>
    main.kind === "sister_city" &&
    family(d.kind) === "agreement" &&
    !d.earlier &&
    !d.existing &&
    isSubset(d.parties, main.parties) &&
    isSubset(main.parties, d.parties) &&
    (!d.date || !main.date || d.date.date === main.date.date);
  for (const d of separate)
    if (tieSigned(d)) {
      addSource(main, d.facts);
      context.push(d.facts);
    }
  const drafts = [
    main,
    ...separate.filter((d) => d.earlier || d.existing || (!sameOccasion(d) && !tieSigned(d))),
  ];
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
  return drafts
    .filter((d) => d.parties.size >= 2 || (d.parties.size === 1 && isCoordination(input, d)))
    .map((d) => toEvent(input, d, d.main ? context : [d.facts]));
}
