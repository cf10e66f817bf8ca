/**
 * "Belajar dari", decorated as `fastify.learnFromRepository`: for a programme or a sector, the regions to
 * learn from, ranked, with their evidence (find-learn-from.cypher says how they are counted and ranked).
 * One read-mode query with the request timeout; the ranking is sorted again here because the order of
 * rows collected after a subquery is not a promise Cypher makes.
 */
import fp from "fastify-plugin";
import type {
  LearnFrom,
  LearnFromEvidence,
  LearnFromQuery,
  LearnFromRegion,
} from "../../../schemas/learn-from.ts";
import type { Source } from "../../../schemas/node.ts";
import { int, type CypherReader } from "../../external/cypher.ts";

declare module "fastify" {
  interface FastifyInstance {
    learnFromRepository: LearnFromRepository;
  }
}

export type TopicType = "program" | "sector";

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

interface RegionRow {
  code: string;
  name: string;
  kind: string | null;
  hosted: number;
  led: number;
  agreements: number;
  events: number;
  runs: boolean;
  evidence: EvidenceRow[];
}

interface LearnFromRow {
  id: string;
  name: string | null;
  total: number;
  regions: RegionRow[];
}

/** A stored id from the request's: "program:stbm" and "stbm" name the same programme. */
export function topicKey(type: TopicType, id: string): string {
  return id.startsWith(`${type}:`) ? id.slice(type.length + 1) : id;
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

/** The ranking of find-learn-from.cypher: hosted, led, agreements, events, then code. */
export const compareLearnFrom = (x: LearnFromRegion, y: LearnFromRegion): number =>
  y.hosted - x.hosted ||
  y.led - x.led ||
  y.agreements - x.agreements ||
  y.events - x.events ||
  x.region.code.localeCompare(y.region.code);

export function createLearnFromRepository(cypher: CypherReader) {
  return {
    /** The ranked regions, or undefined when no such programme or sector exists. */
    async learnFrom(type: TopicType, id: string, query: LearnFromQuery): Promise<LearnFrom | undefined> {
      const key = topicKey(type, id);
      const [row] = await cypher.read<LearnFromRow>("read/find-learn-from", {
        type,
        id: key,
        limit: int(query.limit),
      });
      if (!row) return undefined;
      const regions = row.regions
        .map((r): LearnFromRegion => ({
          region: { code: r.code, name: r.name, kind: r.kind ?? null },
          hosted: r.hosted,
          led: r.led,
          agreements: r.agreements,
          events: r.events,
          runs: r.runs,
          evidence: r.evidence.map(evidenceOf),
        }))
        .sort(compareLearnFrom);
      return {
        topic: { id: `${type}:${row.id}`, name: row.name ?? row.id, type },
        regions,
        total: row.total,
        truncated: row.total > regions.length,
      };
    },
  };
}

export type LearnFromRepository = ReturnType<typeof createLearnFromRepository>;

export default fp(
  async (fastify) => {
    fastify.decorate("learnFromRepository", createLearnFromRepository(fastify.cypher));
  },
  { name: "learn-from-repository", dependencies: ["cypher"] },
);
