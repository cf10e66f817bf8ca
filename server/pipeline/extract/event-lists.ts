/**
 * Parties named in lists rather than in the event's own sentence:
 * - the partners a count announces ("bersama 7 pemerintah kabupaten/kota ... Ketujuh daerah itu adalah
 *   ..."), also one per sentence ("... dengan empat provinsi. Kerja sama dengan Provinsi Riau meliputi ...
 *   Provinsi Aceh untuk bidang perikanan.", E3), until the count is reached or a sentence names none;
 * - the regions listed after the main sentence of an event that names fewer than two;
 * - the attendance roll-call of a meeting (or another joint act of three regions or more), anywhere in the article ("Adapun yang
 *   hadir antara lain Bupati Lamongan, ...", E1), continued by the next sentence ("Kemudian, Pj Bupati
 *   ..."), without those listed as absent unless represented ("tidak nampak ..., termasuk Bupati X yang
 *   diwakili oleh ..."), and the region named host of the event ("Kabupaten X ditunjuk sebagai tuan rumah").
 *
 * Why: one ceremony with many regions is one event with many parties, and news lists them apart from the
 * sentence that tells of the act.
 */
import type { PartyRole } from "../../schemas/facts.ts";
import { has, NATIONAL_CONVENER, type PartyDraft, type SentenceFacts } from "./event-candidates.ts";
import { addSource, COUNT_OF_REGIONS, type Draft, type EventInputs } from "./event-draft.ts";
import type { ArticleMention } from "./region-context.ts";
import { NUMBER_WORDS } from "./number-words.ts";
import { mayCountRegions } from "./region-counts.ts";
import type { Sentence } from "./sentences.ts";

/** The counts of partners the sentences of an article announce, read once per article. */
interface ArticleCounts {
  /** Each sentence's count (`countIn`), by position in `input.sentences`; null when none has one. */
  bySentence: (number | null)[] | null;
  /** Positions of the body sentences that announce a count, in order. */
  counted: number[];
}

const articleCounts = new WeakMap<EventInputs, ArticleCounts>();

/**
 * The article's counts. Every event of an article asks the count of every sentence, and the count's
 * pattern (a number word before a kind of region) is among the slowest the extractor runs: it runs on the
 * whole text only when a token scan finds a number before a kind of region, and sentence by sentence only
 * when it matched there (a sentence is preceded by a space, a line end or nothing, so a match in a sentence
 * is a match in the text).
 */
function countsOf(input: EventInputs): ArticleCounts {
  let counts = articleCounts.get(input);
  if (counts) return counts;
  const counted: number[] = [];
  let bySentence: (number | null)[] | null = null;
  if (mayCountRegions(input.tokens, input.folded) && COUNT_OF_REGIONS.test(input.folded)) {
    bySentence = input.sentences.map(({ sentence, bodyIndex }, i) => {
      const n = countIn(input.folded.slice(sentence.start, sentence.end));
      if (n !== null && bodyIndex >= 0) counted.push(i);
      return n;
    });
  }
  counts = { bySentence, counted };
  articleCounts.set(input, counts);
  return counts;
}

/** A sentence's position in `input.sentences` (in text order), or -1. */
function positionOf(input: EventInputs, sentence: Sentence): number {
  let lo = 0;
  let hi = input.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = (input.sentences[mid] as SentenceFacts).sentence;
    if (at.start < sentence.start) lo = mid + 1;
    else if (at.start > sentence.start) hi = mid - 1;
    else return at === sentence ? mid : -1;
  }
  return -1;
}

/** The number of partners a sentence announces ("dengan empat provinsi", "bersama 7 pemda"), if any. */
function countIn(folded: string): number | null {
  const m = COUNT_OF_REGIONS.exec(folded);
  if (!m) return null;
  const word = /^(\d+|dua belas|[a-z]+)/.exec(m[0])?.[1] ?? "";
  const n = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? null);
  return n !== null && n > 0 && n < 100 ? n : null;
}

/** Mentions that can be listed partners: named with a prefix, not a venue, witness, qualifier or place. */
function listable(facts: SentenceFacts): ArticleMention[] {
  return facts.mentions.filter(
    (m) => m.prefix && !m.locative && !m.venue && !m.witness && !m.qualifier && !m.dateline,
  );
}

/** Partners listed after the main sentence ("antara lain Kota Bengkulu, Kabupaten Cianjur, ..."). */
export function listedPartners(
  input: EventInputs,
  main: Draft,
  context: readonly SentenceFacts[],
): Map<string, PartyDraft> {
  const counts = countsOf(input);
  let counted: number | null = null;
  for (const f of context) {
    const at = positionOf(input, f.sentence);
    const n =
      at < 0
        ? countIn(input.folded.slice(f.sentence.start, f.sentence.end))
        : (counts.bySentence?.[at] ?? null);
    if (n !== null) counted = Math.max(counted ?? 0, n);
  }
  const more = moreOfTheSame(input, main, context);
  if (counted === null && main.parties.size >= 2) return more;
  // One region's act with the central government ("audiensi dengan Menteri Dalam Negeri"): the regions
  // listed after it are the ministry's other guests, not partners of the region.
  const mainSentence = input.folded.slice(main.facts.sentence.start, main.facts.sentence.end);
  if (counted === null && NATIONAL_CONVENER.test(mainSentence)) return more;
  const found = more;
  const role: PartyRole = main.kind === "agreement" ? "signatory" : "participant";
  const rule = counted ? "listed after a count of partners" : "listed after the main sentence";
  const anchors = context
    .map((f) => positionOf(input, f.sentence))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
  if (counted !== null && partnersBefore(main) >= counted) return found;
  // After each sentence that tells of the event: the list starts within two sentences and runs on while
  // each sentence adds a partner.
  for (const anchor of anchors) {
    let collecting = false;
    let gap = 0;
    for (let i = anchor + 1; i < input.sentences.length; i++) {
      const facts = input.sentences[i] as SentenceFacts;
      if (facts.bodyIndex < 0) continue;
      const text = input.folded.slice(facts.sentence.start, facts.sentence.end);
      // Regions listed as absent or as witnesses are not partners.
      const interrupts =
        anchors.includes(i) ||
        has(facts, "agreement") ||
        has(facts, "signing") ||
        ABSENT.test(text) ||
        WITNESSING.test(text) ||
        BORDERING.test(text);
      if (interrupts) {
        if (collecting) break;
        continue;
      }
      const fresh = listable(facts).filter((m) => !main.parties.has(m.ref.code) && !found.has(m.ref.code));
      const distinct = new Set(fresh.map((m) => m.ref.code)).size;
      // A count takes its partners one per sentence too (E3); without one, a list names two or more.
      const accepts = counted !== null ? distinct >= 1 : distinct >= 2 || (collecting && distinct >= 1);
      if (!accepts) {
        if (collecting || ++gap > 2) break;
        continue;
      }
      collecting = true;
      for (const m of fresh)
        if (!found.has(m.ref.code))
          found.set(m.ref.code, { ref: m.ref, role, rule, evidence: facts.sentence });
      addSource(main, facts);
      if (counted !== null && found.size + partnersBefore(main) >= counted) return found;
    }
  }
  return found;
}

/** "11 kabupaten/kota ... meliputi A, B, C": the members of a counted cooperation. */
const COUNTED_MEMBERS = /\b(?:yakni|yaitu|meliputi|antara lain|di ?antaranya|adalah)\b/;
const MEMBERSHIP_HITS: ReadonlySet<string> = new Set(["cooperation", "agreement", "signing", "meeting"]);

/** "hal serupa", "hal yang sama", "juga": the same act, done with more partners. */
const SAME_ACT = /\b(?:hal serupa|hal yang sama|serupa|juga)\b/;

/**
 * More partners of the same act, counted and listed in a sentence of their own just after the event ("pada
 * saat yang sama juga dilakukan hal serupa antara Gubernur Jambi dengan empat provinsi lainnya, yakni
 * Riau, ...").
 */
function moreOfTheSame(
  input: EventInputs,
  main: Draft,
  context: readonly SentenceFacts[],
): Map<string, PartyDraft> {
  const found = new Map<string, PartyDraft>();
  const role: PartyRole = main.kind === "agreement" ? "signatory" : "participant";
  const { counted } = countsOf(input);
  if (counted.length === 0) return found;
  const near = new Set<SentenceFacts>();
  for (const anchor of context) {
    const at = positionOf(input, anchor.sentence);
    for (const facts of input.sentences.slice(at + 1, at + 3)) near.add(facts);
  }
  for (const i of counted) {
    const facts = input.sentences[i] as SentenceFacts;
    const text = input.folded.slice(facts.sentence.start, facts.sentence.end);
    // Next to the event, "hal serupa" or "juga" says it is the same act; anywhere, a count listed after
    // "meliputi/yakni/yaitu" in a sentence about the cooperation names its members.
    const sameAct = near.has(facts) && SAME_ACT.test(text);
    const members = COUNTED_MEMBERS.test(text) && facts.hits.some((h) => MEMBERSHIP_HITS.has(h.category));
    if (!sameAct && !members) continue;
    const rule = sameAct ? "more partners of the same act, counted" : "members of a counted cooperation";
    for (const m of listable(facts))
      if (!main.parties.has(m.ref.code) && !found.has(m.ref.code))
        found.set(m.ref.code, { ref: m.ref, role, rule, evidence: facts.sentence });
    addSource(main, facts);
  }
  return found;
}

/** Partners the main event already has besides its first party (the one the count is "with"). */
function partnersBefore(main: Draft): number {
  return Math.max(0, main.parties.size - 1);
}

/** A roll-call: "yang hadir", "turut hadir", "hadir pula", "dihadiri", "diikuti", "peserta", "antara lain". */
const ROLL_CALL = /\b(?:hadir|dihadiri|diikuti|peserta|antara lain|mulai dari|tampak|terlihat)\b/;
/** A witness list is no roll-call of parties: "hadir dan menyaksikan", "disaksikan". */
const WITNESSING = /\b(?:disaksikan|menyaksikan|saksi)\b/;
/** Where a region lies ("berbatasan dengan ...", "di sebelah utara"): neighbours named, never partners. */
const BORDERING =
  /\b(?:berbatasan|di sebelah (?:utara|timur|selatan|barat|tenggara|barat daya|barat laut|timur laut)|terletak di antara|diapit oleh)\b/;
const ABSENT =
  /\b(?:tidak hadir|tidak nampak|tidak tampak|tidak terlihat|berhalangan|absen|tidak mengikuti|tidak datang|mangkir)\b/;
/** A sentence continuing the list before it: "Lalu, ...", "Kemudian, ...", or a list ending in a comma. */
const CONTINUES = /^\s*(?:lalu|kemudian|selanjutnya|serta|juga|berikutnya|begitu pula|selain itu)\b/;
const REPRESENTED = /^[^.;]{0,80}?\bdiwakili\b/;
/** A sentence stating its own act with its own partner is an event of its own, not a roll-call. */
const OWN_ACT = /\b(?:dengan|bersama)\b/;
const HOST_NAMED =
  /\b(?:ditunjuk|dipercaya|terpilih|bertindak)\s+(?:sebagai|menjadi)\s+tuan rumah\b|\bmenjadi tuan rumah\b/;

/**
 * The regions a meeting's (or multi-party ceremony's) attendance lists name, anywhere in the article, and
 * the region named its host.
 */
export function attendingParties(input: EventInputs, main: Draft): Map<string, PartyDraft> {
  const found = new Map<string, PartyDraft>();
  // A roll-call names who took part in a meeting (or another joint act); at a signing it names guests,
  // and the signatories are read from the signing itself.
  if (main.kind !== "meeting" && !(main.kind === "other" && main.parties.size >= 3)) return found;
  let mode: "present" | "absent" | null = null;
  let previousEndsOpen = false;
  for (const facts of input.sentences) {
    if (facts.bodyIndex < 0) continue;
    const text = input.folded.slice(facts.sentence.start, facts.sentence.end);
    const continued = mode !== null && (CONTINUES.test(text) || previousEndsOpen);
    if (ABSENT.test(text)) mode = "absent";
    else if (ROLL_CALL.test(text) && !WITNESSING.test(text)) mode = "present";
    else if (!continued) mode = null;
    previousEndsOpen = /,\s*$/.test(text);
    const items = listable(facts);
    if (HOST_NAMED.test(text) && new Set(items.map((m) => m.ref.code)).size === 1 && items[0]) {
      const m = items[0];
      if (!main.parties.has(m.ref.code))
        found.set(m.ref.code, {
          ref: m.ref,
          role: "host",
          rule: "named host of the event",
          evidence: facts.sentence,
        });
      continue;
    }
    if (mode === null || items.length === 0) continue;
    if (facts.hits.some((h) => h.category === "agreement" || h.category === "signing") && OWN_ACT.test(text))
      continue;
    for (const [k, m] of items.entries()) {
      if (main.parties.has(m.ref.code) || found.has(m.ref.code)) continue;
      const next = items[k + 1];
      const until = next ? next.phraseStart : facts.sentence.end;
      const represented = REPRESENTED.test(input.folded.slice(m.end, until));
      if (mode === "absent" && !represented) continue;
      found.set(m.ref.code, {
        ref: m.ref,
        role: "participant",
        rule: mode === "absent" ? "absent but represented (attendance list)" : "attendance list (E1)",
        evidence: facts.sentence,
      });
    }
    addSource(main, facts);
  }
  return found;
}
