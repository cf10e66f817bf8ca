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
  isPlanned,
  mainScore,
  sentenceDate,
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
 * The act named again with a demonstrative ("Penandatanganan berita acara kesepakatan batas antara P dengan
 * Q ini dilaksanakan di ..."): the act already told, whatever regions the sentence adds to describe it.
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
 * names an act ("Kubar Sepakati Tapal Batas dengan Dua Kabupaten" is about the agreement, not the rapat
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

/**
 * An earlier act (E: "menindaklanjuti hasil pertemuan Gubernur A dan Gubernur B") or an existing tie ("X
 * sudah bekerja sama dengan Y") as an event of its own. An earlier act naming fewer than two regions
 * concerns the parties that follow it up ("tindak lanjut dari Rakor ... pada 26 Mei 2023 lalu"). An
 * existing tie between exactly the event's own parties is the event itself, told as background.
 */
/** The one party of an act named after "dengan": its partner, the doer left unnamed. */
function namesOnlyPartner(input: EventInputs, c: Candidate): boolean {
  const code = [...c.parties.keys()][0];
  const mention = c.facts.mentions.find((m) => m.ref.code === code);
  if (!mention) return false;
  const before = input.folded.slice(
    Math.max(c.facts.sentence.start, mention.phraseStart - 12),
    mention.phraseStart,
  );
  return /\bdengan\s+$/.test(before);
}

function otherAct(input: EventInputs, main: Draft, c: Candidate, separate: readonly Draft[]): Draft | null {
  const draft = draftOf(
    c,
    false,
    c.earlier ? "earlier act, dated by its own words only" : "existing tie, undated",
  );
  // An earlier act naming only its partner ("Setelah sebelumnya MoU dengan Pemprov X, kini Pemkab Y ...")
  // was done by the subject of the present act, the first party its sentence names; one naming no party or
  // only its convener ("berdasarkan hasil Rapat Kerja Gubernur bersama para Bupati") is the following-up
  // parties' own.
  if (c.earlier && draft.parties.size === 1 && namesOnlyPartner(input, c)) {
    const subject = main.facts.mentions.find((m) => main.parties.has(m.ref.code));
    const party = subject ? main.parties.get(subject.ref.code) : undefined;
    if (subject && party) draft.parties.set(subject.ref.code, { ...party });
  } else if (c.earlier && draft.parties.size < 2) addParties(draft.parties, main.parties);
  if (draft.parties.size < 2) return null;
  const sameParties = isSubset(draft.parties, main.parties) && isSubset(main.parties, draft.parties);
  // An existing tie between the event's own parties is the event told as background; an "earlier" act of
  // the same kind between them is the same act told again.
  const ownDate = c.date !== null && main.date !== null && c.date.date !== main.date.date;
  const retold = c.parties.size >= 2 && family(c.kind) === family(main.kind) && !ownDate;
  if (sameParties && (c.existing || retold)) return null;
  const twin = separate.some(
    (d) => d.kind === draft.kind && isSubset(d.parties, draft.parties) && isSubset(draft.parties, d.parties),
  );
  return twin ? null : draft;
}

/** Words placing an act at the main meeting: "pada kesempatan itu", "di sela-sela", "usai rapat", "hari ini". */
const AT_THE_MEETING =
  /\b(?:kesempatan (?:ini|itu|tersebut)|di ?sela|pada acara|dalam acara|usai|seusai|setelah|hari ini|tadi|rangkaian)\b/;

/**
 * Acts done at the main meeting are events of their own, and their regions took part in the meeting (E5):
 * "Hari ini kita sudah menyaksikan penandatanganan kesepakatan antara A dengan B, juga serah terima dari C".
 */
function joinActsAtMeeting(input: EventInputs, main: Draft, separate: readonly Draft[]): void {
  if (main.kind !== "meeting") return;
  for (const d of separate) {
    if (d.earlier || d.existing || (d.date && main.date && d.date.date !== main.date.date)) continue;
    const sentence = input.folded.slice(d.facts.sentence.start, d.facts.sentence.end);
    if (!AT_THE_MEETING.test(sentence)) continue;
    for (const [code, party] of d.parties) {
      if (main.parties.has(code)) continue;
      main.parties.set(code, {
        ...party,
        role: "participant",
        rule: `${party.rule}; act at the main meeting`,
      });
    }
  }
}

/** "MoU itu langsung ditindaklanjuti dengan (penandatanganan) Perjanjian Kerja Sama": a second instrument. */
const FOLLOWED_UP_WITH =
  /\bditindaklanjuti\s+(?:(?:langsung|segera|pula)\s+)?(?:dengan|melalui)\s+(?:penandatanganan\s+)?$/;

/**
 * Agreements followed up by an instrument of another type on the same occasion ("Kesepakatan bersama itu
 * juga langsung ditindaklanjuti dengan Perjanjian Kerja Sama (PKS) pada enam bidang") are agreements of
 * their own, between the parties their sentence names or else the event's own (before partners listed
 * elsewhere join it). A planned follow-up ("akan ditindaklanjuti") is none.
 */
function followUpInstruments(input: EventInputs, main: Draft): Draft[] {
  if (family(main.kind) !== "agreement") return [];
  const drafts: Draft[] = [];
  for (const facts of input.sentences) {
    if (facts.bodyIndex < 0 || isPlanned(facts)) continue;
    const hit = facts.hits.find(
      (h) =>
        h.category === "agreement" &&
        h.subtype !== main.subtype &&
        FOLLOWED_UP_WITH.test(input.folded.slice(Math.max(facts.sentence.start, h.start - 50), h.start)),
    );
    if (!hit) continue;
    const named = actorsOf(facts, input.tokens, "agreement", hit, input.folded);
    const parties = named.size >= 2 ? named : new Map([...main.parties].map(([code, p]) => [code, { ...p }]));
    const trigger = input.text.slice(hit.start, hit.end);
    const c: Candidate = {
      facts,
      kind: "agreement",
      subtype: hit.subtype ?? "kerja_sama",
      trigger: hit,
      parties,
      date: sentenceDate(facts, input.dateContext),
      planned: false,
      earlier: false,
      existing: false,
    };
    drafts.push(draftOf(c, false, `an instrument the agreement was followed up with: "${trigger}"`));
  }
  return drafts;
}

/** "di sela rapat koordinasi ...": the meeting the sentence's act was done at. */
const ON_THE_SIDELINES = /\b(?:di ?sela(?:-sela)?|disela(?:-sela)?)\s+(?:acara\s+|kegiatan\s+)?$/;

function atTheMeeting(input: EventInputs, c: Candidate): boolean {
  return ON_THE_SIDELINES.test(
    input.folded.slice(Math.max(c.facts.sentence.start, c.trigger.start - 30), c.trigger.start),
  );
}

/**
 * The meeting the main act was done at ("Penandatanganan kesepakatan itu dilakukan di sela rapat
 * koordinasi kepala daerah yang dipimpin Gubernur P") is an event of its own: its convener and those who
 * did the act there, who took part in it.
 */
function meetingOfTheAct(main: Draft, c: Candidate, trigger: string): Draft {
  const meeting = draftOf(c, false, `the meeting the main act was done at: "${trigger}"`);
  for (const [code, party] of main.parties)
    if (!meeting.parties.has(code))
      meeting.parties.set(code, {
        ...party,
        role: "participant",
        rule: `${party.rule}; did the act at the meeting`,
      });
  return meeting;
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
  const drafts = [main, ...separate.filter((d) => d.earlier || d.existing || !sameOccasion(d))];
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
