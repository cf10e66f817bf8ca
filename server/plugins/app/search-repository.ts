/**
 * Search by name, alias or abbreviation over regions, officials, programmes, organisations and events,
 * decorated as `fastify.searchRepository`. The full-text index finds candidates (search-nodes.cypher);
 * search-ranking.ts orders them.
 *
 * Region abbreviations ("KSB", "Jabar", "DKI", "Mahulu") are conventions no index can derive from official
 * names, so the extractor's reviewed alias table is reused: a query that is one of those aliases brings
 * its region in as a candidate. A query that is a region code ("32.75") does the same.
 * @see ../../pipeline/extract/region-aliases.ts
 */
import fp from "fastify-plugin";
import { REGION_ALIASES } from "../../pipeline/extract/region-aliases.ts";
import { loadGazetteer } from "../../pipeline/extract/gazetteer.ts";
import type { SearchQuery, SearchResult } from "../../schemas/search.ts";
import { foldForSearch } from "../../text/fold.ts";
import { int, type CypherReader } from "./cypher.ts";
import { LABEL_OF, nodeIdOf, typeOfLabels, type NodeRow } from "./node-ids.ts";
import { luceneQuery, rankCandidates, searchTerms, type Candidate } from "./search-ranking.ts";

declare module "fastify" {
  interface FastifyInstance {
    searchRepository: SearchRepository;
  }
}

interface SearchRow {
  node: NodeRow;
  aliases: string[];
  searchText: string;
  score: number;
  degree: number;
  context: string | null;
  aliasHit: boolean;
}

const REGION_CODE = /^(?:\d{2}(?:\.\d{2})?|[A-Z]{2})$/;

/** Folded alias -> region codes, from the extractor's alias table resolved through the gazetteer. */
export async function regionAliasIndex(): Promise<Map<string, string[]>> {
  const gazetteer = await loadGazetteer();
  const index = new Map<string, string[]>();
  for (const { alias, regions } of REGION_ALIASES) {
    const codes = regions.flatMap((name) => gazetteer.byOfficialName.get(name.toLowerCase())?.code ?? []);
    const key = foldForSearch(alias);
    index.set(key, [...new Set([...(index.get(key) ?? []), ...codes])]);
  }
  return index;
}

/**
 * Candidates to rank per result wanted: enough for the ranking to reorder, few enough that reading them
 * stays cheap (each costs its properties, degree and context: 4.5 ms of Neo4j CPU for 50, 3.2 for 30). A
 * type filter applies after the index, so it asks for more.
 */
export function candidateCount(limit: number, filtered: boolean): number {
  return filtered ? Math.min(400, Math.max(100, limit * 10)) : Math.min(150, Math.max(30, limit * 3));
}

export function createSearchRepository(cypher: CypherReader, aliases: ReadonlyMap<string, string[]>) {
  return {
    async search(query: SearchQuery): Promise<SearchResult[]> {
      const terms = searchTerms(query.q);
      if (terms.length === 0) return [];
      const trimmed = query.q.trim();
      const aliasCodes = [
        ...(aliases.get(terms.join(" ")) ?? []),
        ...(REGION_CODE.test(trimmed) ? [trimmed] : []),
      ];
      const rows = await cypher.read<SearchRow>("read/search-nodes", {
        lucene: luceneQuery(terms),
        candidates: int(candidateCount(query.limit, query.types !== undefined)),
        aliasCodes,
        labels: query.types ? query.types.map((type) => LABEL_OF[type]) : null,
      });
      const candidates = rows.flatMap((row): Candidate[] => {
        const type = typeOfLabels(row.node.labels);
        if (!type) return [];
        return [
          {
            id: nodeIdOf(type, row.node.key),
            label: row.node.name ?? row.node.key,
            type,
            kind: row.node.kind,
            context: row.context,
            aliases: row.aliases,
            searchText: row.searchText,
            score: row.score,
            degree: row.degree,
            aliasHit: row.aliasHit,
          },
        ];
      });
      return rankCandidates(terms, candidates, query.limit);
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;

export default fp(
  async (fastify) => {
    fastify.decorate("searchRepository", createSearchRepository(fastify.cypher, await regionAliasIndex()));
  },
  { name: "search-repository", dependencies: ["cypher"] },
);
