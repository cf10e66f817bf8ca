/**
 * The kind of event a sentence states, from its strongest trigger: an agreement noun (a weak one only with
 * a verb of making one), a signing of an agreement or of a cooperation, agreeing on a cooperation or a
 * boundary, a joint survey in the field, a hand-over of assets or villages, a study visit, an audience, a
 * meeting, a visit.
 *
 * Why in this order: a sentence often holds several trigger words ("penandatanganan MoU saat kunjungan
 * kerja"), and the act it tells of is the most specific one.
 */
import type { EventKind, EventSubtype } from "../../schemas/facts.ts";
import { has, type SentenceFacts } from "./event-candidates.ts";
import type { TriggerHit } from "./event-triggers.ts";

/** "Kesepakatan" or "perjanjian" alone is an agreement only with a verb of making one. */
const WEAK_AGREEMENT_WORDS = new Set(["kesepakatan", "perjanjian", "pks"]);
const MAKING_VERB =
  /(?<![\p{L}])(?:melakukan|lakukan|menjalin|jalin|membuat|menyepakati|menandatangani|penandatanganan|teken)(?![\p{L}])/u;

/** What regions hand over to each other: assets, villages, offices, staff, powers. */
const HANDED_OVER =
  /^(?:\s+[a-z0-9]+){0,2}?\s+(?:aset|asset|wilayah|desa|dusun|kelurahan|kampung|kantor|gedung|barang milik daerah|bmd|personel|pegawai|p3d|sarana|prasarana|kewenangan|pengelolaan)\b/;

const HANDED_OVER_BEFORE =
  /\b(?:aset|asset|wilayah|desa|dusun|kelurahan|kantor|gedung|barang milik daerah|bmd|personel|pegawai|p3d|sarana|prasarana|kewenangan)\b/;

/** The kind of event a sentence states, from its strongest trigger. */
export function sentenceKind(
  facts: SentenceFacts,
  folded: string,
  articleAgreement: TriggerHit | undefined,
): { kind: EventKind; subtype: EventSubtype; trigger: TriggerHit } | null {
  const noun = facts.hits.find(
    (h) =>
      h.category === "agreement" &&
      (!WEAK_AGREEMENT_WORDS.has(folded.slice(h.start, h.end)) ||
        MAKING_VERB.test(folded.slice(facts.sentence.start, facts.sentence.end))),
  );
  if (noun) return { kind: "agreement", subtype: noun.subtype ?? "kerja_sama", trigger: noun };
  const signing = has(facts, "signing");
  if (signing && articleAgreement) {
    return { kind: "agreement", subtype: articleAgreement.subtype ?? "kerja_sama", trigger: signing };
  }
  // "menandatangani kerja sama": signing a cooperation is signing an agreement.
  if (signing && has(facts, "cooperation"))
    return { kind: "agreement", subtype: "kerja_sama", trigger: signing };
  const agreeing = has(facts, "agreeing");
  // "sepakat kerja sama", "menyepakati tapal batas": agreeing on a cooperation or a boundary.
  if (
    agreeing &&
    (has(facts, "cooperation") ||
      has(facts, "sister") ||
      /\b(?:tapal batas|batas (?:wilayah|daerah))\b/.test(
        folded.slice(facts.sentence.start, facts.sentence.end),
      ))
  ) {
    return { kind: "agreement", subtype: "kerja_sama", trigger: agreeing };
  }
  const fieldwork = has(facts, "fieldwork");
  if (fieldwork) return { kind: "other", subtype: "other", trigger: fieldwork };
  const handover = has(facts, "handover");
  // The object follows the verb ("menerima dua aset"), or comes before a passive one ("Dua aset ...
  // dilimpahkan").
  if (
    handover &&
    (HANDED_OVER.test(folded.slice(handover.end, facts.sentence.end)) ||
      (folded.startsWith("di", handover.start) &&
        HANDED_OVER_BEFORE.test(
          folded.slice(Math.max(facts.sentence.start, handover.start - 50), handover.start),
        )))
  ) {
    return { kind: "other", subtype: "other", trigger: handover };
  }
  for (const [category, kind] of [
    ["study", "study_visit"],
    ["audience", "audience"],
    ["meeting", "meeting"],
    ["visit", "visit"],
  ] as const) {
    const hit = has(facts, category);
    if (hit) return { kind, subtype: hit.subtype ?? "other", trigger: hit };
  }
  return null;
}
