/**
 * "Belajar dari" from memory: every topic's answer, made once per graph version (freshness/structures.ts,
 * `learnFromIndex`). Ranking a broad sector in Neo4j walks tens of thousands of events per request
 * (docs/benchmarks.md, API); here one read of every event about a programme or a sector tallies each
 * (topic, region) as find-learn-from.cypher does, and the evidence of the regions any request can list is
 * read once, so a request costs Neo4j nothing. The Cypher twin (learn-from-ranking.ts) must answer the same
 * (tests/integration/api/learn-from-engines.test.ts).
 */
import type { LearnFromRegion } from "../../../schemas/learn-from.ts";
import type { CypherReader, TxRead } from "../../external/cypher.ts";
import { shownRegions, type Chosen, type RankedRegion } from "./learn-from-evidence.ts";
import {
  answerOf,
  byCodeUnit,
  compareRanked,
  type LearnFromFinder,
  type TopicType,
} from "./learn-from-ranking.ts";

/** The most regions a request may ask for (LearnFromQuerySchema's limit): the ones kept with evidence. */
export const MOST_LISTED = 100;
/** Evidence shown per region, as find-learn-from.cypher chooses it. */
const STRONGEST = 3;
/** Whole-graph reads in the background may take longer than a request. */
const INDEX_TIMEOUT_MS = 120_000;

const HOSTED_KINDS = new Set(["study_visit", "audience", "visit"]);
const AGREEMENT_KINDS = new Set(["agreement", "sister_city"]);

interface EventRow {
  id: string;
  kind: string | null;
  hub: string | null;
  date: string | null;
  /** 'program:<id>' or 'sector:<id>', once per link. */
  topics: string[];
  partyCodes: string[];
  partyRoles: (string | null)[];
}

interface TopicRow {
  type: TopicType;
  id: string;
  name: string | null;
}

interface Candidate extends Chosen {
  strength: number;
  date: string;
}

interface Tally {
  hosted: number;
  led: number;
  agreements: number;
  events: number;
  learned: number;
  strongest: Candidate[];
}

/** Evidence order: hosted, then led, then agreements, then the rest; latest first; then id and role. */
const compareCandidates = (x: Candidate, y: Candidate): number =>
  x.strength - y.strength ||
  byCodeUnit(y.date, x.date) ||
  byCodeUnit(x.eventId, y.eventId) ||
  byCodeUnit(x.role ?? "", y.role ?? "");

/** Keeps the STRONGEST best of a region's events, sorted, as rows stream in. */
function offer(strongest: Candidate[], candidate: Candidate): void {
  if (strongest.length === STRONGEST && compareCandidates(candidate, strongest.at(-1)!) >= 0) return;
  const at = strongest.findIndex((kept) => compareCandidates(candidate, kept) < 0);
  strongest.splice(at === -1 ? strongest.length : at, 0, candidate);
  if (strongest.length > STRONGEST) strongest.pop();
}

/** Adds one event to the tally of each (topic, party) it makes, as find-learn-from.cypher counts it. */
function tallyEvent(tallies: Map<string, Map<string, Tally>>, event: EventRow): void {
  const kind = event.kind ?? "";
  const agreement = AGREEMENT_KINDS.has(kind);
  for (const topic of event.topics) {
    let regions = tallies.get(topic);
    if (!regions) tallies.set(topic, (regions = new Map()));
    event.partyCodes.forEach((code, i) => {
      const role = event.partyRoles[i] ?? null;
      const hosted = role === "host" && HOSTED_KINDS.has(kind);
      const hub = event.hub === code;
      let tally = regions.get(code);
      if (!tally) {
        tally = { hosted: 0, led: 0, agreements: 0, events: 0, learned: 0, strongest: [] };
        regions.set(code, tally);
      }
      tally.events += 1;
      if (hosted) tally.hosted += 1;
      if (hub && !hosted) tally.led += 1;
      if (agreement) tally.agreements += 1;
      if (role === "visitor" && kind === "study_visit") tally.learned += 1;
      const strength = hosted ? 0 : hub ? 1 : agreement ? 2 : 3;
      offer(tally.strongest, { eventId: event.id, role, strength, date: event.date ?? "" });
    });
  }
}

/** A topic's regions to learn from, ranked: not those that only came to learn. */
function ranked(regions: Map<string, Tally> | undefined): RankedRegion[] {
  return [...(regions ?? [])]
    .filter(([, tally]) => tally.events > tally.learned)
    .map(([code, { hosted, led, agreements, events, strongest }]) => ({
      code,
      hosted,
      led,
      agreements,
      events,
      strongest: strongest.map(({ eventId, role }) => ({ eventId, role })),
    }))
    .sort(compareRanked);
}

interface Kept {
  id: string;
  name: string | null;
  total: number;
  /** Up to MOST_LISTED, in the ranking's order, with their evidence. */
  regions: LearnFromRegion[];
}

/** Reads the graph once and answers every topic from memory. */
export async function readLearnFromIndex(cypher: CypherReader): Promise<LearnFromFinder> {
  const tallies = new Map<string, Map<string, Tally>>();
  await cypher.readEach<EventRow>("read/get-learn-from-events", {}, (event) => tallyEvent(tallies, event), {
    timeoutMs: INDEX_TIMEOUT_MS,
  });
  const read: TxRead = (name, params) => cypher.read(name, params, { timeoutMs: INDEX_TIMEOUT_MS });
  const kept = new Map<string, Kept>();
  for (const topic of await read<TopicRow>("read/get-learn-from-topics")) {
    const key = `${topic.type}:${topic.id}`;
    const regions = ranked(tallies.get(key));
    const shown = await shownRegions(read, topic.type, topic.id, regions.slice(0, MOST_LISTED));
    kept.set(key, { id: topic.id, name: topic.name, total: regions.length, regions: shown });
  }
  return {
    learnFrom(type, key, limit) {
      if (limit > MOST_LISTED) return undefined;
      const topic = kept.get(`${type}:${key}`);
      return topic ? answerOf(type, topic, topic.regions.slice(0, limit)) : null;
    },
  };
}
