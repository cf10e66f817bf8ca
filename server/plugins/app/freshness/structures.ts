/**
 * What the API keeps in memory beside Neo4j, by name: each a LiveIndex keyed by the graph's version and
 * rebuilt under the same spacing rule (INDEX_REBUILD_SECONDS), all read in the background once the app is
 * ready. GET /api/health reports whether each is in use now, so an operator sees which questions memory
 * answers and which go to Neo4j; one switched off in the configuration is never made and reads `off`.
 */
import type { FastifyBaseLogger } from "fastify";
import fp from "fastify-plugin";
import { LiveIndex } from "./live-index.ts";

export const STRUCTURES = [
  "searchIndex",
  "pathIndex",
  "partnerIndex",
  "peerIndex",
  "statsCache",
  // issue 22: "Belajar dari" (learn-from/learn-from-index.ts)
  "learnFromIndex",
  // issue 22: every event's item, for region timelines (regions/timeline-finders.ts)
  "eventIndex",
] as const;
export type StructureName = (typeof STRUCTURES)[number];
export type StructureState = "current" | "behind" | "off";

declare module "fastify" {
  interface FastifyInstance {
    structures: Structures;
  }
}

export class Structures {
  private readonly made = new Map<StructureName, LiveIndex<unknown>>();

  constructor(
    private readonly version: () => string | undefined,
    private readonly minRebuildIntervalMs: number,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** A structure built from the graph by `build`, used while it matches the graph's version. */
  live<T>(name: StructureName, build: () => Promise<T>): LiveIndex<T> {
    const index = new LiveIndex<T>({
      build,
      version: this.version,
      minRebuildIntervalMs: this.minRebuildIntervalMs,
      onBuildError: (error) =>
        this.log.warn({ err: error, structure: name }, `${name} build failed; Neo4j answers meanwhile`),
    });
    this.made.set(name, index);
    return index;
  }

  /** Each structure's state; asking starts a rebuild of a structure that is due one (live-index.ts). */
  report(): Record<StructureName, StructureState> {
    return Object.fromEntries(
      STRUCTURES.map((name) => [name, this.made.get(name)?.state() ?? "off"]),
    ) as Record<StructureName, StructureState>;
  }

  /** Starts reading every structure, in the background. */
  warm(): void {
    for (const index of this.made.values()) void index.rebuild();
  }
}

export interface StructuresOptions {
  /** Least time between two background rebuilds of one structure while the graph keeps changing. */
  minRebuildIntervalMs: number;
}

export default fp<StructuresOptions>(
  async (fastify, options) => {
    const structures = new Structures(
      () => fastify.graphVersion.current(),
      options.minRebuildIntervalMs,
      fastify.log,
    );
    fastify.decorate("structures", structures);
    // Requests are answered by Neo4j until each structure has been read.
    fastify.addHook("onReady", async () => structures.warm());
  },
  { name: "structures", dependencies: ["graph-version"] },
);
