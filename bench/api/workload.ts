/**
 * What `npm run bench:api` asks: for each route, a list of realistic requests drawn from the loaded graph
 * (every region with events, officials and events at a fixed stride, party pairs, search text made from real
 * names with the typos, prefixes and run-together spellings users type), and for each request the same
 * Cypher with the same parameters and the same transaction grouping run through the bare driver, to set
 * the API's latency against Neo4j's own.
 *
 * Deterministic: the same graph gives the same requests, so runs compare.
 */
import { readFileSync } from "node:fs";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { query, type QueryName } from "../../server/db/cypher-registry.ts";
import { seededRandom } from "../corpus/synthetic-articles.ts";
import { luceneQuery, searchTerms } from "../../server/plugins/app/search/search-ranking.ts";
import { candidateCount, regionAliasIndex } from "../../server/plugins/app/search/search-repository.ts";
import { findSectors } from "../../server/plugins/app/search/sector-vocabulary.ts";

export interface Workload {
  regions: Array<{ code: string; name: string; kind: string | null }>;
  people: Array<{ id: string; name: string }>;
  events: string[];
  pairs: string[][];
  programs: string[];
  sectors: string[];
}

/** One benchmarked route: `count` requests, each as an HTTP path and as the bare-driver work. */
export interface BenchRoute {
  name: string;
  count: number;
  path(i: number): string;
  bare(driver: Driver, i: number): Promise<unknown>;
}

const TIMEOUT_MS = 5_000;
const int = (n: number) => neo4j.int(n);
const enc = encodeURIComponent;

export async function sampleWorkload(driver: Driver): Promise<Workload> {
  const text = readFileSync(new URL("./sample-workload.cypher", import.meta.url), "utf8");
  const { records } = await driver.executeQuery(text, { people: int(300), events: int(600) });
  return records[0]!.toObject() as Workload;
}

/** Search text as users type it: whole names, short names, prefixes, one typo, words run together. */
export function searchTexts(workload: Workload): string[] {
  const rand = seededRandom(7);
  const texts: string[] = [];
  const typo = (word: string) => {
    const at = 1 + Math.floor(rand() * (word.length - 2));
    const letter = "aeioukmnrst"[Math.floor(rand() * 11)]!;
    return word.slice(0, at) + letter + word.slice(at + 1);
  };
  for (const region of workload.regions) {
    const core = region.name.replace(/^(?:Kabupaten|Kota)(?: Administrasi)? /, "");
    const words = core.split(" ");
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    texts.push(core.toLowerCase(), region.name, core.slice(0, 4).toLowerCase());
    if (longest.length >= 5) texts.push(words.map((w) => (w === longest ? typo(w) : w)).join(" "));
    if (words.length > 1) texts.push(words.join(""));
  }
  for (const person of workload.people.slice(0, 150)) texts.push(person.name);
  return texts;
}

async function inRead<T>(driver: Driver, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, { timeout: TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

const run = async (tx: ManagedTransaction, name: QueryName, params: Record<string, unknown>) =>
  (await tx.run(query(name), params)).records.map((r) => r.toObject());

const readOne = (driver: Driver, name: QueryName, params: Record<string, unknown>) =>
  driver.executeQuery(query(name), params, {
    routing: neo4j.routing.READ,
    bookmarkManager: null,
    transactionConfig: { timeout: TIMEOUT_MS },
  });

const NO_FILTERS = { kinds: null, sectors: null, from: null, to: null };

/**
 * The Cypher of a peers request: the region's lookup and the evidence of its peers' reasons. The peers
 * themselves come from memory, so the evidence is asked for the region's own first sector, programme and
 * partner, which costs as much per item and compiles the query before the route is measured.
 */
async function peerBare(driver: Driver, code: string): Promise<unknown> {
  await readOne(driver, "read/find-regions", { codes: [code] });
  const items = [
    { key: "s", peer: code, dimension: "sectors", feature: "kesehatan" },
    { key: "g", peer: code, dimension: "programs", feature: "smart-city" },
    { key: "x", peer: code, dimension: "partners", feature: "31" },
  ];
  return readOne(driver, "read/get-peer-evidence", { items });
}

/** Peer questions beside the default one, in turn: each asks the index for another ranking. */
const PEER_VARIANTS = [
  "programs=2&partners=0.5",
  "includePartners=true&includeAbroad=true",
  "anyLevel=true&sectors=0",
  "partners=3&includePartners=true",
];

function nodeKey(id: string): { label: string; key: string } {
  if (id.startsWith("event:")) return { label: "Event", key: id };
  if (id.startsWith("person:")) return { label: "Person", key: id };
  return { label: "Region", key: id };
}

async function findElement(tx: ManagedTransaction, id: string): Promise<string> {
  const [found] = await run(tx, "read/find-node", nodeKey(id));
  return String(found?.elementId);
}

export async function benchRoutes(workload: Workload): Promise<BenchRoute[]> {
  const aliases = await regionAliasIndex();
  const codes = workload.regions.map((r) => r.code);
  const texts = searchTexts(workload);
  const nodes = codes.flatMap((code, i) => [
    code,
    workload.events[i % workload.events.length]!,
    workload.people[i % workload.people.length]!.id,
  ]);
  const paths = codes.map((code, i) =>
    i % 4 === 3
      ? [code, workload.people[i % workload.people.length]!.id]
      : [code, codes[(i * 7 + 3) % codes.length]!],
  );
  const at = <T>(list: readonly T[], i: number) => list[i % list.length]!;

  return [
    {
      name: "GET /api/search?q=",
      count: texts.length,
      path: (i) => `/api/search?q=${enc(at(texts, i))}`,
      bare: (driver, i) => {
        const terms = searchTerms(at(texts, i));
        return readOne(driver, "read/search-nodes", {
          lucene: luceneQuery(terms),
          candidates: int(candidateCount(10, false)),
          aliasCodes: aliases.get(terms.join(" ")) ?? [],
          sectorIds: findSectors(terms).map((hit) => hit.id),
          labels: null,
        });
      },
    },
    {
      name: "GET /api/graph/neighborhood (depth 1, limit 200)",
      count: codes.length,
      path: (i) => `/api/graph/neighborhood?id=${enc(at(codes, i))}&depth=1&limit=200`,
      bare: (driver, i) => {
        const code = at(codes, i);
        return readOne(driver, "read/expand-partners", {
          codes: [code],
          known: [code],
          budget: int(199),
          ...NO_FILTERS,
        });
      },
    },
    {
      name: "GET /api/nodes/:id",
      count: nodes.length,
      path: (i) => `/api/nodes/${enc(at(nodes, i))}`,
      bare: (driver, i) =>
        inRead(driver, async (tx) => {
          const elementId = await findElement(tx, at(nodes, i));
          const typeLabels = ["Region", "Event", "Person", "Program", "Organization", "Sector"];
          await run(tx, "read/get-node-details", { elementId, typeLabels });
          return run(tx, "read/get-node-sources", { elementId, limit: int(51) });
        }),
    },
    {
      name: "GET /api/regions/:code/peers",
      count: codes.length,
      path: (i) => `/api/regions/${enc(at(codes, i))}/peers`,
      bare: (driver, i) => peerBare(driver, at(codes, i)),
    },
    {
      // The planner's other questions: weights, existing partners, regions abroad, other levels.
      name: "GET /api/regions/:code/peers (weights and toggles)",
      count: codes.length,
      path: (i) => `/api/regions/${enc(at(codes, i))}/peers?${at(PEER_VARIANTS, i)}`,
      bare: (driver, i) => peerBare(driver, at(codes, i)),
    },
    ...(["program", "sector"] as const).map((type): BenchRoute => {
      const ids = type === "program" ? workload.programs : workload.sectors;
      return {
        name: `GET /api/${type}s/:id/learn-from`,
        count: ids.length,
        path: (i) => `/api/${type}s/${enc(at(ids, i))}/learn-from`,
        bare: (driver, i) =>
          readOne(driver, "read/find-learn-from", { type, id: at(ids, i), limit: int(20) }),
      };
    }),
    {
      name: "GET /api/graph/path",
      count: paths.length,
      path: (i) => `/api/graph/path?from=${enc(at(paths, i)[0]!)}&to=${enc(at(paths, i)[1]!)}`,
      bare: (driver, i) =>
        inRead(driver, async (tx) => {
          const [from, to] = at(paths, i);
          const fromId = await findElement(tx, from!);
          const toId = await findElement(tx, to!);
          return run(tx, "read/find-shortest-paths", { fromId, toId, maxLength: int(6), limit: int(26) });
        }),
    },
    {
      name: "GET /api/regions/:code/timeline",
      count: codes.length,
      path: (i) => `/api/regions/${enc(at(codes, i))}/timeline`,
      bare: (driver, i) =>
        inRead(driver, async (tx) => {
          const code = at(codes, i);
          await run(tx, "read/find-regions", { codes: [code] });
          const [found] = await run(tx, "read/find-region-events", { code, limit: int(500), ...NO_FILTERS });
          return run(tx, "read/get-event-items", { ids: found?.ids ?? [] });
        }),
    },
    {
      name: "GET /api/pairs/:a/:b",
      count: workload.pairs.length,
      path: (i) => `/api/pairs/${enc(at(workload.pairs, i)[0]!)}/${enc(at(workload.pairs, i)[1]!)}`,
      bare: (driver, i) =>
        inRead(driver, async (tx) => {
          const [a, b] = at(workload.pairs, i);
          await run(tx, "read/find-regions", { codes: [a, b] });
          const events = await run(tx, "read/find-shared-events", { a, b });
          return run(tx, "read/get-event-items", { ids: events.map((e) => e.id) });
        }),
    },
    {
      name: "GET /api/stats",
      count: 1,
      path: () => "/api/stats",
      bare: (driver) => readOne(driver, "read/get-stats", { top: int(10) }),
    },
  ];
}
