/**
 * The evidence of peers' reasons kept in memory beside the profile index, so that a peers request asks
 * Neo4j for nothing, instead of walking each peer's events for each reason (get-peer-evidence.cypher, the
 * Cypher twin: 137 ms of Neo4j CPU a request on the 100,000-article graph, docs/benchmarks.md, API).
 *
 * Built from one read of every event with its latest report (get-peer-evidence-index.cypher), it chooses
 * per (region, dimension, feature) what the twin chooses: the latest event (by date, undated last, then by
 * id) the region is a party to that concerns the programme, covers the sector, or makes the partner its
 * partner (no hub, or the hub is one of the two); then that event's latest report and in it the sentence of
 * the feature, or the report's main sentence. The sentences are then read by document and offsets
 * (get-document-spans.cypher), each once: only those chosen, not the documents' text. Read with the
 * profiles, so both answer for the same graph version.
 */
import type { Peer, PeerDimension, PeerEvidence } from "../../../schemas/region.ts";
import type { CypherReader, ReadOptions } from "../../external/cypher.ts";
import { REASONS_WITH_EVIDENCE, featureOf } from "./peer-evidence.ts";

/** A row of get-peer-evidence-index.cypher. */
export interface EvidenceEventRow {
  id: string;
  title: string;
  date?: string | null;
  hub?: string | null;
  parties: string[];
  sectors: string[];
  programs: string[];
  documentId?: string | null;
  documentTitle?: string | null;
  start?: number | null;
  end?: number | null;
  quote?: string | null;
  partyCodes?: string[] | null;
  partyStarts?: number[] | null;
  partyEnds?: number[] | null;
  sectorIds?: string[] | null;
  sectorStarts?: number[] | null;
  sectorEnds?: number[] | null;
  programIds?: string[] | null;
  programStarts?: number[] | null;
  programEnds?: number[] | null;
}

/** The twin's order: later date first (undated last), then the smaller id. */
const isLater = (x: EvidenceEventRow, y: EvidenceEventRow) => {
  const dx = x.date ?? "";
  const dy = y.date ?? "";
  return dx !== dy ? dx > dy : x.id < y.id;
};

/** Spans per query while the quotes are read: small enough for a query's memory, few queries. */
const QUOTE_BATCH = 5_000;

const keyOf = (region: string, dimension: PeerDimension, feature: string) =>
  `${region}|${dimension}|${feature}`;

/** The report's sentence of one feature, or its main sentence (as get-peer-evidence.cypher picks it). */
function locate(row: EvidenceEventRow, dimension: PeerDimension, feature: string): PeerEvidence | null {
  if (!row.documentId) return null;
  const [ids, starts, ends] =
    dimension === "programs"
      ? [row.programIds, row.programStarts, row.programEnds]
      : dimension === "sectors"
        ? [row.sectorIds, row.sectorStarts, row.sectorEnds]
        : [row.partyCodes, row.partyStarts, row.partyEnds];
  const at = (ids ?? []).indexOf(feature);
  const start = at < 0 ? (row.start ?? null) : (starts?.[at] ?? null);
  const end = at < 0 ? (row.end ?? null) : (ends?.[at] ?? null);
  return {
    eventId: row.id,
    eventTitle: row.title,
    date: row.date ?? null,
    documentId: row.documentId,
    title: row.documentTitle ?? null,
    start,
    end,
    // Read by offsets once all are located (`readQuotes`); the main sentence where there are none.
    quote: start !== null && end !== null ? null : (row.quote ?? null),
  };
}

export class PeerEvidenceIndex {
  /** The chosen event per (region, dimension, feature) while reading; located once all are read. */
  private readonly latest = new Map<
    string,
    { row: EvidenceEventRow; dimension: PeerDimension; feature: string }
  >();
  private readonly located = new Map<string, PeerEvidence | null>();

  /** Reads every event (a whole-graph read, for the background). */
  static async read(cypher: CypherReader, options: ReadOptions): Promise<PeerEvidenceIndex> {
    const index = new PeerEvidenceIndex();
    await cypher.readEach<EvidenceEventRow>(
      "read/get-peer-evidence-index",
      {},
      (row) => index.add(row),
      options,
    );
    index.seal();
    await index.readQuotes(cypher, options);
    return index;
  }

  /**
   * The sentences of all located evidence, read by document and offsets in batches: each once, however
   * many (region, feature) share it (the parties of one event share its sector's sentence).
   */
  private async readQuotes(cypher: CypherReader, options: ReadOptions): Promise<void> {
    const bySpan = new Map<string, PeerEvidence[]>();
    for (const at of this.located.values()) {
      if (!at || at.start === null || at.end === null) continue;
      const span = `${at.start}|${at.end}|${at.documentId}`;
      const sharing = bySpan.get(span);
      if (sharing) sharing.push(at);
      else bySpan.set(span, [at]);
    }
    const spans = [...bySpan].map(([key, [at]]) => ({
      key,
      documentId: at!.documentId,
      start: at!.start,
      end: at!.end,
    }));
    for (let from = 0; from < spans.length; from += QUOTE_BATCH) {
      const rows = await cypher.read<{ key: string; quote: string | null }>(
        "read/get-document-spans",
        { spans: spans.slice(from, from + QUOTE_BATCH) },
        options,
      );
      for (const { key, quote } of rows) for (const at of bySpan.get(key) ?? []) at.quote = quote;
    }
  }

  add(row: EvidenceEventRow): void {
    const offer = (region: string, dimension: PeerDimension, feature: string) => {
      const key = keyOf(region, dimension, feature);
      const best = this.latest.get(key);
      if (!best) this.latest.set(key, { row, dimension, feature });
      else if (isLater(row, best.row)) best.row = row;
    };
    const { parties } = row;
    for (let i = 0; i < parties.length; i++) {
      const b = parties[i]!;
      for (const program of row.programs) offer(b, "programs", program);
      for (const sector of row.sectors) offer(b, "sectors", sector);
      // Each other PARTY relationship, as the twin's pattern matches them (two distinct relationships).
      for (let j = 0; j < parties.length; j++) {
        const x = parties[j]!;
        if (j !== i && (row.hub == null || row.hub === b || row.hub === x)) offer(b, "partners", x);
      }
    }
  }

  /** Keeps, per key, only where the sentence is, so the events' rows can go. */
  seal(): void {
    for (const [key, { row, dimension, feature }] of this.latest)
      this.located.set(key, locate(row, dimension, feature));
    this.latest.clear();
  }

  get size(): number {
    return this.located.size;
  }

  /** The peers with evidence on their first reasons, from memory. */
  withEvidence(peers: readonly Peer[]): Peer[] {
    const evidence = (
      code: string,
      dimension: PeerDimension,
      id: string,
      rank: number,
    ): PeerEvidence | null =>
      rank < REASONS_WITH_EVIDENCE
        ? (this.located.get(keyOf(code, dimension, featureOf(dimension, id))) ?? null)
        : null;
    return peers.map((peer) => ({
      ...peer,
      reasons: {
        programs: peer.reasons.programs.map((r, i) => ({
          ...r,
          evidence: evidence(peer.region.code, "programs", r.id, i),
        })),
        sectors: peer.reasons.sectors.map((r, i) => ({
          ...r,
          evidence: evidence(peer.region.code, "sectors", r.id, i),
        })),
        partners: peer.reasons.partners.map((r, i) => ({
          ...r,
          evidence: evidence(peer.region.code, "partners", r.id, i),
        })),
      },
    }));
  }
}
