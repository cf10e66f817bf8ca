/**
 * What "Belajar dari" shows of each region once an engine has ranked it: its name and kind, whether it runs
 * the programme, and its chosen events with the sentences naming the topic and the region
 * (get-learn-from-evidence.cypher, which reads only those events, by id).
 */
import type { LearnFromEvidence, LearnFromRegion } from "../../../schemas/learn-from.ts";
import type { Source } from "../../../schemas/node.ts";
import type { TxRead } from "../../external/cypher.ts";
import type { TopicType } from "./learn-from-ranking.ts";

/** One of a region's events shown as evidence, and the region's role in it. */
export interface Chosen {
  eventId: string;
  role: string | null;
}

/** A region as ranked: its counts and the events to show, strongest first. */
export interface RankedRegion {
  code: string;
  hosted: number;
  led: number;
  agreements: number;
  events: number;
  strongest: Chosen[];
}

interface EvidenceRow {
  eventId: string;
  title: string;
  kind: string;
  subtype: string | null;
  date: string | null;
  role: string | null;
  documentId: string | null;
  documentTitle: string | null;
  publishedAt: string | null;
  topicQuote: string | null;
  topicStart: number | null;
  topicEnd: number | null;
  partyQuote: string | null;
  partyStart: number | null;
  partyEnd: number | null;
}

interface ShownRow {
  code: string;
  name: string;
  kind: string | null;
  runs: boolean;
  evidence: EvidenceRow[];
}

function source(
  row: EvidenceRow,
  quote: string | null,
  start: number | null,
  end: number | null,
): Source | null {
  if (!row.documentId || !quote) return null;
  return {
    documentId: row.documentId,
    title: row.documentTitle ?? null,
    publishedAt: row.publishedAt ?? null,
    quote,
    start: start ?? null,
    end: end ?? null,
  };
}

function evidenceOf(row: EvidenceRow): LearnFromEvidence {
  const topic = source(row, row.topicQuote, row.topicStart, row.topicEnd);
  const party = source(row, row.partyQuote, row.partyStart, row.partyEnd);
  const same = topic && party && topic.start === party.start && topic.end === party.end;
  return {
    eventId: row.eventId,
    title: row.title,
    kind: row.kind,
    subtype: row.subtype ?? null,
    date: row.date ?? null,
    role: row.role ?? null,
    topic,
    party: same ? null : party,
  };
}

/** The ranked regions of one topic (`id`: no prefix) as the answer shows them, in the same order. */
export async function shownRegions(
  read: TxRead,
  type: TopicType,
  id: string,
  ranked: RankedRegion[],
): Promise<LearnFromRegion[]> {
  if (ranked.length === 0) return [];
  const items = ranked.map((r) => ({ type, id, code: r.code, events: r.strongest }));
  const shown = new Map(
    (await read<ShownRow>("read/get-learn-from-evidence", { items })).map((row) => [row.code, row]),
  );
  // A region gone between the ranking and this read (a write in between) is left out.
  return ranked.flatMap((r): LearnFromRegion[] => {
    const row = shown.get(r.code);
    if (!row) return [];
    return [
      {
        region: { code: r.code, name: row.name, kind: row.kind ?? null },
        hosted: r.hosted,
        led: r.led,
        agreements: r.agreements,
        events: r.events,
        runs: row.runs,
        evidence: row.evidence.map(evidenceOf),
      },
    ];
  });
}
