/**
 * The kind of an event read from the rest of the article, once its main sentence is known: a visit that a
 * later sentence calls a courtesy call or a study visit (K2), a head of kabupaten/kota received at the
 * governor's premises (K3), and whether a one-party meeting is a coordination meeting (which counts) or a
 * bupati's own gathering (which does not).
 *
 * Why separate: each reads sentences beyond the event's own, by its own small rule.
 */
import { family, SPECIFICITY, type Draft, type EventInputs } from "./event-draft.ts";

/** Words that refer back to the occasion already told: "Kunjungan ini ...", "Silaturahmi itu ...". */
const BACK_REFERENCE =
  /\b(?:kunjungan|kegiatan|pertemuan|silaturahmi|silaturahim|acara|kedatangan|lawatan|kunker|agenda)(?:nya)? (?:ini|itu|tersebut)\b|\b(?:dalam rangka|bertujuan|tujuan(?:nya)?|maksud)\b/;

/**
 * A visit's kind from what the article says of the same occasion anywhere after it (K2): the sentence
 * after it ("Kedatangan Sarikan ini dalam rangka audiensi"), a sentence referring back to it ("Silaturahmi
 * itu merupakan kunjungan balasan", "Kegiatan ini menjadi ajang studi tiru") or naming its parties. A
 * purpose of learning ("dalam rangka mempelajari ...", "belajar di ...") makes it a study visit, a
 * courtesy call or a reception by the host in person an audience; quotes count, as they describe this
 * occasion rather than plan another.
 */
export function refineVisitKind(input: EventInputs, main: Draft): void {
  if (family(main.kind) !== "visit" || main.facts.bodyIndex < 0) return;
  const { folded } = input;
  for (const facts of input.sentences) {
    if (facts.bodyIndex < main.facts.bodyIndex || facts.hits.length === 0) continue;
    const next = facts.bodyIndex <= main.facts.bodyIndex + 1;
    const names = facts.mentions.some((m) => main.parties.has(m.ref.code) && !m.dateline);
    const back = BACK_REFERENCE.test(folded.slice(facts.sentence.start, facts.sentence.end));
    if (!next && !names && !back) continue;
    // A sentence that tells of another act with a partner of its own is not about this occasion.
    if (facts.mentions.some((m) => !main.parties.has(m.ref.code) && m.prefix && !m.dateline && !m.qualifier))
      continue;
    for (const hit of facts.hits) {
      const kind =
        hit.category === "study" || hit.category === "learning"
          ? "study_visit"
          : hit.category === "audience"
            ? "audience"
            : null;
      if (!kind || (SPECIFICITY[kind] ?? -1) <= (SPECIFICITY[main.kind] ?? -1)) continue;
      main.kind = kind;
      main.subtype = hit.subtype ?? (kind === "study_visit" ? "studi_banding" : "audiensi");
      main.rule += `; kind from “${input.text.slice(hit.start, hit.end)}” about the same occasion`;
    }
  }
}

/** A coordination meeting: "rapat koordinasi", "rakor", "raker", "musrenbang", "forum". */
const COORDINATION = /\b(?:rapat koordinasi|rakor\w*|rapat kerja|raker\w*|musrenbang\w*|forum)\b/;

/**
 * Cooperation takes two regions: an event with one is kept only when it is a coordination meeting, where
 * the other governments take part unnamed ("rakor bupati/wali kota se-Jatim"). A bupati's own visit to
 * his villages, or a pemkab's MoU with a bank or a university, is no event between regional governments.
 */
export function isCoordination(input: EventInputs, d: Draft): boolean {
  if (d.kind !== "meeting") return false;
  return [...d.sources.values()].some((f) =>
    COORDINATION.test(input.folded.slice(f.sentence.start, f.sentence.end)),
  );
}

/** The governor's own premises: "ruang kerja Gubernur", "rumah dinas gubernur", "Kantor Gubernur". */
const GOVERNORS_PREMISES =
  /\b(?:ruang kerja|ruangan kerja|kantor|rumah dinas|rumah jabatan|rumdin|gedung|istana|wisma|pendopo|kediaman)\s+(?:resmi\s+)?gubernur\b/;

/**
 * A head of a kabupaten/kota meeting the governor of their province at the governor's premises is an
 * audience, a courtesy call with requests (K3); the governor visiting them stays a visit.
 */
export function callOnTheGovernor(input: EventInputs, main: Draft): void {
  if ((main.kind !== "meeting" && main.kind !== "visit") || main.parties.size !== 2) return;
  const [a, b] = [...main.parties.values()];
  if (!a || !b) return;
  const [province, local] = a.ref.kind === "province" ? [a, b] : [b, a];
  if (province.ref.kind !== "province" || !local.ref.code.startsWith(`${province.ref.code}.`)) return;
  const where = [...main.sources.values()].some((f) =>
    GOVERNORS_PREMISES.test(input.folded.slice(f.sentence.start, f.sentence.end)),
  );
  const nextTo = input.sentences.some(
    (f) =>
      f.bodyIndex >= 0 &&
      f.bodyIndex <= Math.max(main.facts.bodyIndex, 0) + 3 &&
      GOVERNORS_PREMISES.test(input.folded.slice(f.sentence.start, f.sentence.end)),
  );
  if (!where && !nextTo) return;
  main.kind = "audience";
  main.subtype = "kunjungan_kehormatan";
  province.role = "host";
  local.role = "visitor";
  main.rule += "; a head of kabupaten/kota received at the governor's premises (K3)";
}
