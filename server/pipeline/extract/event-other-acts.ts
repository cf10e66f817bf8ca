/**
 * The events an article tells beside its main one, each in relation to it: earlier acts and existing ties
 * (dated only by their own words), instruments an agreement was followed up with on the same occasion,
 * the meeting the main act was done at, and acts done at the main meeting, whose regions took part in it.
 *
 * Why apart from events.ts: these rules read the main event and add events around it; the main event's
 * choice and its parties stay in events.ts.
 */
import { actorsOf, isPlanned, sentenceDate, type Candidate } from "./event-candidates.ts";
import { addParties, draftOf, family, isSubset, type Draft, type EventInputs } from "./event-draft.ts";

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

/**
 * An earlier act ("menindaklanjuti hasil pertemuan Gubernur A dan Gubernur B") or an existing tie ("X
 * sudah bekerja sama dengan Y") as an event of its own. An earlier act naming fewer than two regions
 * concerns the parties that follow it up ("tindak lanjut dari Rakor ... pada 26 Mei 2023 lalu"). An
 * existing tie between exactly the event's own parties is the event itself, told as background.
 */
export function otherAct(
  input: EventInputs,
  main: Draft,
  c: Candidate,
  separate: readonly Draft[],
): Draft | null {
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
export function joinActsAtMeeting(input: EventInputs, main: Draft, separate: readonly Draft[]): void {
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

/**
 * "MoU itu langsung ditindaklanjuti dengan (penandatanganan) (tiga) Perjanjian Kerja Sama": a second
 * instrument (several of one type are one event: the same parties, the same day).
 */
const FOLLOWED_UP_WITH =
  /\bditindaklanjuti\s+(?:(?:langsung|segera|pula)\s+)?(?:dengan|melalui)\s+(?:penandatanganan\s+)?(?:(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah)\s+(?:\([^)]{1,12}\)\s+)?)?$/;

/**
 * Agreements followed up by an instrument of another type on the same occasion ("Kesepakatan bersama itu
 * juga langsung ditindaklanjuti dengan Perjanjian Kerja Sama (PKS) pada enam bidang") are agreements of
 * their own, between the parties their sentence names or else the event's own (before partners listed
 * elsewhere join it). A planned follow-up ("akan ditindaklanjuti") is none.
 */
export function followUpInstruments(input: EventInputs, main: Draft): Draft[] {
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

export function atTheMeeting(input: EventInputs, c: Candidate): boolean {
  return ON_THE_SIDELINES.test(
    input.folded.slice(Math.max(c.facts.sentence.start, c.trigger.start - 30), c.trigger.start),
  );
}

/**
 * The meeting the main act was done at ("Kesepakatan itu diteken di sela rakor bupati yang dipimpin
 * Gubernur P") is an event of its own: its convener and those who did the act there, who took part in it.
 */
export function meetingOfTheAct(main: Draft, c: Candidate, trigger: string): Draft {
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
