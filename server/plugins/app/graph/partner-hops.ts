/**
 * One hop of the partnership network, the step every neighbourhood repeats: for each frontier region, the
 * regions it is partners with through an event passing the filters (an event without a hub pairs every
 * party; one with a hub pairs the hub with each other party) and the derived PARTNER edge. Two engines
 * answer it alike (two-engines.ts): Neo4j's expand-partners.cypher, and the partner network kept in memory
 * (partner-network.ts), which holds unfiltered partner lists only and declines a filtered hop.
 */
import { int, type CypherReader } from "../../external/cypher.ts";
import type { Awaitable } from "../freshness/two-engines.ts";
import type { NodeRow } from "../nodes/node-ids.ts";
import type { PartnerRow } from "./graph-elements.ts";
import type { filterParams } from "./event-filters.ts";

/** One frontier region of a hop: itself, and its partners. */
export interface PartnerHop {
  code: string;
  node: NodeRow;
  events: number;
  partners: PartnerRow[];
  /** Partners before the budget cut. */
  total: number;
}

export interface HopQuery {
  /** The frontier's region codes; a code that names no region gives no row. */
  codes: readonly string[];
  /** Regions already in the answer: all of their partner edges come back. */
  known: readonly string[];
  /** How many new partners each frontier region may bring at most, heaviest first. */
  budget: number;
  filters: ReturnType<typeof filterParams>;
}

export interface PartnerHops {
  /** The hop's rows, or undefined when this engine cannot answer it (the other one will). */
  expand(query: HopQuery): Awaitable<PartnerHop[] | undefined>;
}

/** Hops asked of Neo4j: any filter, any region, always as the graph is now. */
export function cypherPartnerHops(cypher: CypherReader): PartnerHops {
  return {
    expand: (query) =>
      cypher.read<PartnerHop>("read/expand-partners", {
        codes: query.codes,
        known: query.known,
        budget: int(query.budget),
        ...query.filters,
      }),
  };
}
