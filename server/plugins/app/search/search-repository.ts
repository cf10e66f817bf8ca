/**
 * Search by name, alias or abbreviation over regions, officials, programmes, sectors, organisations and events,
 * decorated as `fastify.searchRepository`. Candidates come from one of two engines (search-candidates.ts,
 * chosen by two-engines.ts); search-ranking.ts orders them either way.
 *
 * Region abbreviations ("KSB", "Jabar", "DKI", "Mahulu") are conventions no index can derive from official
 * names, so the extractor's reviewed alias table is reused: a query that is one of those aliases brings
 * its region in as a candidate. A query that is a region code ("32.75") does the same.
 * @see ../../pipeline/extract/region-aliases.ts
 */
import fp from "fastify-plugin";
import { REGION_ALIASES } from "../../../pipeline/extract/region-aliases.ts";
import { loadGazetteer } from "../../../pipeline/extract/gazetteer.ts";
import {
  isTooShortQuery,
  SEARCH_MIN_LETTERS,
  type SearchQuery,
  type SearchResponse,
} from "../../../schemas/search.ts";
import { foldForSearch } from "../../../text/fold.ts";
import { TwoEngines } from "../freshness/two-engines.ts";
import { cypherCandidates, readSearchIndex, type SearchCandidates } from "./search-candidates.ts";
import type { CandidateQuery } from "./search-index.ts";
import { rankCandidates, searchTerms } from "./search-ranking.ts";
import { findSectors } from "./sector-vocabulary.ts";

declare module "fastify" {
  interface FastifyInstance {
    searchRepository: SearchRepository;
  }
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
 * stays cheap (each costs Neo4j its properties, degree and context). A type filter applies after the
 * index, so it asks for more.
 */
export function candidateCount(limit: number, filtered: boolean): number {
  return filtered ? Math.min(400, Math.max(100, limit * 10)) : Math.min(150, Math.max(30, limit * 3));
}

/**
 * Search: candidates from whichever engine answers, ranked. A query with fewer than SEARCH_MIN_LETTERS
 * letters or digits is not searched, and the answer says so (`tooShort`), so the web app asks for more
 * letters instead of saying "no results".
 */
export function createSearchRepository(
  aliases: ReadonlyMap<string, string[]>,
  engines: TwoEngines<SearchCandidates>,
) {
  return {
    async search(query: SearchQuery): Promise<SearchResponse> {
      const answer = (results: SearchResponse["results"], tooShort = false): SearchResponse => ({
        query: query.q,
        results,
        tooShort,
        minLetters: SEARCH_MIN_LETTERS,
      });
      if (isTooShortQuery(query.q)) return answer([], true);
      const terms = searchTerms(query.q);
      if (terms.length === 0) return answer([]);
      const trimmed = query.q.trim();
      const candidateQuery: CandidateQuery = {
        terms,
        count: candidateCount(query.limit, query.types !== undefined),
        types: query.types,
        aliasCodes: [
          ...(aliases.get(terms.join(" ")) ?? []),
          ...(REGION_CODE.test(trimmed) ? [trimmed] : []),
        ],
        sectors: query.types && !query.types.includes("sector") ? [] : findSectors(terms),
      };
      const candidates = await engines.ask((engine) => engine.candidates(candidateQuery));
      return answer(rankCandidates(terms, candidates, query.limit));
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;

export interface SearchRepositoryOptions {
  /** Keep the in-memory search index (SEARCH_INDEX; false: every search asks Neo4j's full-text index). */
  searchIndex: boolean;
}

export default fp<SearchRepositoryOptions>(
  async (fastify, options) => {
    const { cypher, structures } = fastify;
    const engines = new TwoEngines<SearchCandidates>({
      cypher: cypherCandidates(cypher),
      memory: options.searchIndex ? structures.live("searchIndex", () => readSearchIndex(cypher)) : undefined,
    });
    fastify.decorate("searchRepository", createSearchRepository(await regionAliasIndex(), engines));
  },
  { name: "search-repository", dependencies: ["cypher", "structures"] },
);
