/**
 * The partnership network held in memory: every region and its partners (the parties of its events that
 * it is partners with: through an event without a hub, or one of the two being the hub), read whole by
 * `read/get-partner-network`; the in-memory engine of a partnership hop
 * (partner-hops.ts), used while it matches the graph's version (live-index.ts).
 *
 * Why: expanding a region is the explorer's most frequent request, and without filters its answer depends
 * on the whole network only through these partner lists. One expand-partners query walks every event of
 * the frontier regions (hundreds for a hub) for each request; the lists are a few megabytes and change
 * only when articles are written. `expand` answers exactly what expand-partners answers without filters
 * (an integration test compares them); a filtered hop it declines, since filtered lists cannot be
 * precomputed for every filter.
 */
import type { CypherReader } from "../../external/cypher.ts";
import type { PartnerRow } from "./graph-elements.ts";
import type { NodeRow } from "../nodes/node-ids.ts";
import type { HopQuery, PartnerHop, PartnerHops } from "./partner-hops.ts";

/** A row of get-partner-network: a region or a pair of partners. */
export interface NetworkRow {
  row: "region" | "pair";
  a: string;
  b: string | null;
  labels: string[] | null;
  name: string | null;
  kind: string | null;
  events: number | null;
  weight: number | null;
  firstDate: string | null;
  lastDate: string | null;
  kinds: string[] | null;
}

export interface NetworkRegionRow {
  code: string;
  labels: string[];
  name: string | null;
  kind: string | null;
  events: number;
}

export interface NetworkPairRow {
  a: string;
  b: string;
  weight: number;
  firstDate: string | null;
  lastDate: string | null;
  kinds: string[];
}

interface RegionEntry {
  node: NodeRow;
  events: number;
  /** Heaviest first, then by code in code-point order: expand-partners' `ORDER BY weight DESC, p.code`. */
  partners: PartnerRow[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The whole-network read covers every event: its own timeout, as the other whole-graph reads have. */
const NETWORK_TIMEOUT_MS = 120_000;

/** Reads the whole partnership network (a whole-graph read, for the background). */
export async function readPartnerNetwork(cypher: CypherReader): Promise<PartnerNetwork> {
  const rows = await cypher.read<NetworkRow>(
    "read/get-partner-network",
    {},
    { timeoutMs: NETWORK_TIMEOUT_MS },
  );
  return PartnerNetwork.fromRows(rows);
}

export class PartnerNetwork implements PartnerHops {
  private readonly regions = new Map<string, RegionEntry>();

  constructor(regions: readonly NetworkRegionRow[], pairs: readonly NetworkPairRow[]) {
    for (const region of regions) {
      this.regions.set(region.code, {
        node: { labels: region.labels, key: region.code, name: region.name, kind: region.kind, date: null },
        events: region.events,
        partners: [],
      });
    }
    for (const pair of pairs) {
      const a = this.regions.get(pair.a);
      const b = this.regions.get(pair.b);
      if (!a || !b) continue;
      const edge = {
        weight: pair.weight,
        firstDate: pair.firstDate,
        lastDate: pair.lastDate,
        kinds: pair.kinds,
      };
      a.partners.push({ node: b.node, events: b.events, ...edge });
      b.partners.push({ node: a.node, events: a.events, ...edge });
    }
    for (const entry of this.regions.values()) {
      entry.partners.sort((x, y) => y.weight - x.weight || byCodePoint(x.node.key, y.node.key));
    }
  }

  static fromRows(rows: readonly NetworkRow[]): PartnerNetwork {
    const regions: NetworkRegionRow[] = [];
    const pairs: NetworkPairRow[] = [];
    for (const row of rows) {
      if (row.row === "region") {
        regions.push({
          code: row.a,
          labels: row.labels ?? ["Region"],
          name: row.name,
          kind: row.kind,
          events: row.events ?? 0,
        });
      } else if (row.b !== null) {
        pairs.push({
          a: row.a,
          b: row.b,
          weight: row.weight ?? 0,
          firstDate: row.firstDate,
          lastDate: row.lastDate,
          kinds: row.kinds ?? [],
        });
      }
    }
    return new PartnerNetwork(regions, pairs);
  }

  has(code: string): boolean {
    return this.regions.has(code);
  }

  /**
   * One hop from `codes`: for each that is a region, all its partners already in the answer (`known`, for
   * the edges between them) and the `budget` heaviest of the others; `total` counts them all. Declined
   * (undefined) with a filter, or for a code the network does not hold (a region newer than it).
   */
  expand({ codes, known, budget, filters }: HopQuery): PartnerHop[] | undefined {
    if (Object.values(filters).some((value) => value !== null)) return undefined;
    if (!codes.every((code) => this.regions.has(code))) return undefined;
    const inAnswer = new Set(known);
    return codes.flatMap((code) => {
      const entry = this.regions.get(code);
      if (!entry) return [];
      const knownPartners: PartnerRow[] = [];
      const newPartners: PartnerRow[] = [];
      for (const partner of entry.partners) {
        if (inAnswer.has(partner.node.key)) knownPartners.push(partner);
        else if (newPartners.length < budget) newPartners.push(partner);
      }
      return [
        {
          code,
          node: entry.node,
          events: entry.events,
          partners: [...knownPartners, ...newPartners],
          total: entry.partners.length,
        },
      ];
    });
  }
}
