/**
 * The first step of a search: the candidates worth ranking. Two engines find them alike (two-engines.ts):
 * Neo4j's `search_names` full-text index (search-nodes.cypher), always current, and the word index kept in
 * memory (search-index.ts), which answers without a round trip. search-ranking.ts ranks either's candidates
 * the same way.
 */
import { int, type CypherReader } from "../../external/cypher.ts";
import type { Awaitable } from "../freshness/two-engines.ts";
import { LABEL_OF, nodeIdOf, typeOfLabels, type NodeRow } from "../nodes/node-ids.ts";
import { SearchIndex, type CandidateQuery, type SearchEntry } from "./search-index.ts";
import { luceneQuery, type Candidate } from "./search-ranking.ts";
import { sectorText } from "./sector-vocabulary.ts";

export interface SearchCandidates {
  candidates(query: CandidateQuery): Awaitable<Candidate[]>;
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
/** A whole-graph read: hundreds of thousands of rows on a large graph, more while requests compete. */
const BUILD_TIMEOUT_MS = 180_000;

/**
 * A search row's node as a search entry, or undefined for a node the API does not show. A sector's text
 * and aliases are the vocabulary's (its node holds only its id), for both engines alike.
 */
export function entryOf(row: EntryRow): SearchEntry | undefined {
  const type = typeOfLabels(row.node.labels);
  if (!type) return undefined;
  if (type === "sector") {
    const text = sectorText(row.node.key);
    if (!text) return undefined;
    return {
      id: nodeIdOf(type, row.node.key),
      label: row.node.name ?? row.node.key,
      type,
      kind: null,
      context: null,
      aliases: text.aliases,
      searchText: text.searchText,
      degree: row.degree,
    };
  }
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

/** Candidates from the full-text index in Neo4j. */
export function cypherCandidates(cypher: CypherReader): SearchCandidates {
  return {
    async candidates(query) {
      const sectorScores = new Map(query.sectors.map(({ id, score }) => [`sector:${id}`, score]));
      const rows = await cypher.read<SearchRow>("read/search-nodes", {
        lucene: luceneQuery(query.terms),
        candidates: int(query.count),
        aliasCodes: query.aliasCodes,
        sectorIds: query.sectors.map(({ id }) => id),
        labels: query.types ? query.types.map((type) => LABEL_OF[type]) : null,
      });
      return rows.flatMap((row): Candidate[] => {
        const entry = entryOf(row);
        if (!entry) return [];
        // A sector comes by the vocabulary, never by the full-text index: the vocabulary's score, as in memory.
        const score = entry.type === "sector" ? (sectorScores.get(entry.id) ?? 0) : row.score;
        return [{ ...entry, score, aliasHit: row.aliasHit }];
      });
    },
  };
}

/** Reads every searchable node (a whole-graph read, for the background) and indexes them. */
export async function readSearchIndex(cypher: CypherReader): Promise<SearchIndex> {
  const rows = await cypher.read<EntryRow>("read/get-search-entries", {}, { timeoutMs: BUILD_TIMEOUT_MS });
  return new SearchIndex(rows.flatMap((row) => entryOf(row) ?? []));
}
