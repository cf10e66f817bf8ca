/**
 * Search by name, alias or abbreviation over regions, officials, programmes, organisations and events,
 * decorated as `fastify.searchRepository`. Candidates come from the in-memory index (search-index.ts) while
 * it reflects the graph as it is (live-index.ts), else from Neo4j's full-text index
 * (search-nodes.cypher); search-ranking.ts orders them either way.
 *
 * Region abbreviations ("KSB", "Jabar", "DKI", "Mahulu") are conventions no index can derive from official
 * names, so the extractor's reviewed alias table is reused: a query that is one of those aliases brings
 * its region in as a candidate. A query that is a region code ("32.75") does the same.
 * @see ../../pipeline/extract/region-aliases.ts
 */
import fp from "fastify-plugin";
import { REGION_ALIASES } from "../../../pipeline/extract/region-aliases.ts";
import { loadGazetteer } from "../../../pipeline/extract/gazetteer.ts";
import type { SearchQuery, SearchResult } from "../../../schemas/search.ts";
import { foldForSearch } from "../../../text/fold.ts";
import { int, type CypherReader } from "../../external/cypher.ts";
import { LABEL_OF, nodeIdOf, typeOfLabels, type NodeRow } from "../nodes/node-ids.ts";
import { LiveIndex } from "../freshness/live-index.ts";
import { SearchIndex, type CandidateQuery, type SearchEntry } from "./search-index.ts";
import { luceneQuery, rankCandidates, searchTerms, type Candidate } from "./search-ranking.ts";

declare module "fastify" {
  interface FastifyInstance {
    searchRepository: SearchRepository;
  }
}

/** A row of get-search-entries. */
interface EntryRow {
  node: NodeRow;
  aliases: string[];
  searchText: string;
  degree: number;
  context: string | null;
}

/** A row of search-nodes: an entry row with the full-text score. */
interface SearchRow extends EntryRow {
  score: number;
  aliasHit: boolean;
}

const NO_ALIASES: readonly string[] = Object.freeze([]);
/** A whole-graph read: 390,000 rows on 100,000 articles take seconds, more while requests compete. */
const BUILD_TIMEOUT_MS = 180_000;

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

/** A search row's node as a search entry, or undefined for a node the API does not show. */
export function entryOf(row: EntryRow): SearchEntry | undefined {
  const type = typeOfLabels(row.node.labels);
  if (!type) return undefined;
  return {
    id: nodeIdOf(type, row.node.key),
    label: row.node.name ?? row.node.key,
    type,
    kind: row.node.kind,
    context: row.context,
    aliases: row.aliases.length > 0 ? row.aliases : NO_ALIASES,
    searchText: row.searchText,
    degree: row.degree,
  };
}

/** Reads every searchable node (a whole-graph read, for the background) and indexes them. */
export async function buildSearchIndex(cypher: CypherReader): Promise<SearchIndex> {
  const rows = await cypher.read<EntryRow>("read/get-search-entries", {}, { timeoutMs: BUILD_TIMEOUT_MS });
  return new SearchIndex(rows.flatMap((row) => entryOf(row) ?? []));
}

/**
 * Search by the in-memory index when it is current (`index.current()`), else by the full-text index in
 * Neo4j; both return candidates that search-ranking.ts ranks alike.
 */
export function createSearchRepository(
  cypher: CypherReader,
  aliases: ReadonlyMap<string, string[]>,
  index: { current(): SearchIndex | undefined } | undefined,
) {
  async function fullTextCandidates(query: CandidateQuery): Promise<Candidate[]> {
    const rows = await cypher.read<SearchRow>("read/search-nodes", {
      lucene: luceneQuery(query.terms),
      candidates: int(query.count),
      aliasCodes: query.aliasCodes,
      labels: query.types ? query.types.map((type) => LABEL_OF[type]) : null,
    });
    return rows.flatMap((row): Candidate[] => {
      const entry = entryOf(row);
      return entry ? [{ ...entry, score: row.score, aliasHit: row.aliasHit }] : [];
    });
  }

  return {
    async search(query: SearchQuery): Promise<SearchResult[]> {
      const terms = searchTerms(query.q);
      if (terms.length === 0) return [];
      const trimmed = query.q.trim();
      const candidateQuery: CandidateQuery = {
        terms,
        count: candidateCount(query.limit, query.types !== undefined),
        types: query.types,
        aliasCodes: [
          ...(aliases.get(terms.join(" ")) ?? []),
          ...(REGION_CODE.test(trimmed) ? [trimmed] : []),
        ],
      };
      const inMemory = index?.current();
      const candidates = inMemory
        ? inMemory.candidates(candidateQuery)
        : await fullTextCandidates(candidateQuery);
      return rankCandidates(terms, candidates, query.limit);
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;

export interface SearchRepositoryOptions {
  /** Keep the in-memory search index (false: every search asks Neo4j's full-text index). */
  inMemoryIndex: boolean;
  /** At most one rebuild per this interval while the graph keeps changing (see live-index.ts). */
  minRebuildIntervalMs: number;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Undefined when the in-memory index is switched off (SEARCH_INDEX=off). */
    searchIndex: LiveIndex<SearchIndex> | undefined;
  }
}

export default fp<SearchRepositoryOptions>(
  async (fastify, options) => {
    const live = options.inMemoryIndex
      ? new LiveIndex<SearchIndex>({
          build: () => buildSearchIndex(fastify.cypher),
          version: () => fastify.graphVersion.current(),
          minRebuildIntervalMs: options.minRebuildIntervalMs,
          onBuildError: (error) =>
            fastify.log.warn({ err: error }, "search index build failed; searching Neo4j"),
        })
      : undefined;
    fastify.decorate("searchIndex", live);
    fastify.decorate(
      "searchRepository",
      createSearchRepository(fastify.cypher, await regionAliasIndex(), live),
    );
    // Start the first build as soon as the app is up, in the background: searches use Neo4j meanwhile.
    if (live)
      fastify.addHook("onReady", async () => {
        void live.rebuild();
      });
  },
  { name: "search-repository", dependencies: ["cypher", "graph-version"] },
);
