/**
 * Saved views, decorated as `fastify.viewsRepository`: list a page, get one, create, replace and delete, each
 * a named query of cypher/ on SavedView nodes (constraints in cypher/schema/005-saved-views.cypher). A name
 * is unique regardless of case and spacing: a save or a rename to a name another view holds is refused with
 * 409 JJ_VIEW_NAME_TAKEN, and nothing is written.
 *
 * Why a write does not move the graph's version: a saved view is no knowledge of the graph. Every structure
 * keyed by the version (the search index, the path, partner and peer networks, the stats, the response cache)
 * would be read again from the whole graph after each save, for nothing that changed in them. Instead the
 * views routes are never cached (they do not opt in to the response cache) and nothing of them is kept in
 * memory, so each request reads Neo4j: another analyst, or another API worker, sees a view as soon as its
 * transaction has committed.
 */
import { randomUUID } from "node:crypto";
import fp from "fastify-plugin";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { query, type QueryName } from "../../../db/cypher-registry.ts";
import { ApiError } from "../../../errors.ts";
import {
  foldViewName,
  type SavedView,
  type SavedViewBody,
  type SavedViewList,
  type SavedViewListQuery,
  type SavedViewSummary,
} from "../../../schemas/view.ts";
import { int, type CypherReader } from "../../external/cypher.ts";

declare module "fastify" {
  interface FastifyInstance {
    viewsRepository: ViewsRepository;
  }
}

/** A write of one small node; far longer means Neo4j is in trouble, and the caller gets a 503. */
const WRITE_TIMEOUT_MS = 10_000;

/** What a create or replace answers: the view written, or the view that holds the name (nothing written). */
interface Written {
  view: SavedViewSummary | null;
  takenBy: { id: string; name: string } | null;
}

function nameTaken(holder: { id: string; name: string }): ApiError {
  return new ApiError(409, "JJ_VIEW_NAME_TAKEN", `A saved view named "${holder.name}" exists already.`, [
    { path: "body.name", message: `is taken by saved view ${holder.id} ("${holder.name}")` },
  ]);
}

export function createViewsRepository(
  cypher: CypherReader,
  driver: Driver,
  database: string | undefined,
  now: () => Date = () => new Date(),
) {
  async function write<T>(name: QueryName, params: Record<string, unknown>): Promise<T | undefined> {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        async (tx: ManagedTransaction) => {
          const result = await tx.run(query(name), params);
          return result.records[0]?.toObject() as T | undefined;
        },
        { timeout: WRITE_TIMEOUT_MS },
      );
    } finally {
      await session.close();
    }
  }

  return {
    async list({ limit, offset }: SavedViewListQuery): Promise<SavedViewList> {
      const [row] = await cypher.read<{ total: number; views: SavedViewSummary[] }>("read/list-saved-views", {
        offset: int(offset),
        limit: int(limit),
      });
      return { views: row?.views ?? [], total: row?.total ?? 0, limit, offset };
    },

    async get(id: string): Promise<SavedView | undefined> {
      const [row] = await cypher.read<{ view: SavedView }>("read/get-saved-view", { id });
      return row?.view;
    },

    async create(body: SavedViewBody): Promise<SavedViewSummary> {
      const row = await write<Written>("write/create-saved-view", {
        id: randomUUID(),
        ...body,
        nameKey: foldViewName(body.name),
        now: now().toISOString(),
      });
      if (row?.takenBy) throw nameTaken(row.takenBy);
      if (!row?.view) throw new Error("create-saved-view wrote no view");
      return row.view;
    },

    /** The view replaced, or undefined when there is no such view. */
    async replace(id: string, body: SavedViewBody): Promise<SavedViewSummary | undefined> {
      const row = await write<Written>("write/replace-saved-view", {
        id,
        ...body,
        nameKey: foldViewName(body.name),
        now: now().toISOString(),
      });
      if (row?.takenBy) throw nameTaken(row.takenBy);
      return row?.view ?? undefined;
    },

    /** Whether a view was deleted (false: there was none with this id). */
    async remove(id: string): Promise<boolean> {
      const row = await write<{ deleted: number }>("write/delete-saved-view", { id });
      return (row?.deleted ?? 0) > 0;
    },
  };
}

export type ViewsRepository = ReturnType<typeof createViewsRepository>;

export default fp(
  async (fastify) => {
    fastify.decorate(
      "viewsRepository",
      createViewsRepository(fastify.cypher, fastify.neo4j.driver, fastify.neo4j.database),
    );
  },
  { name: "views-repository", dependencies: ["cypher", "neo4j"] },
);
