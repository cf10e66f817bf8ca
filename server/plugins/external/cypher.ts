/**
 * How repositories run the read queries of cypher/read/: by name, with parameters only, in read access mode,
 * bounded by QUERY_TIMEOUT_MS. Decorated on Fastify as `fastify.cypher`.
 *
 * Why a wrapper: every read must carry the same routing, database and timeout, and rows come back as plain
 * objects (the driver is built with disableLosslessIntegers, so numbers are numbers). Single queries use
 * `executeQuery`; routes that resolve a node and then traverse from it use one `executeRead` transaction,
 * so both steps see the same graph and share one timeout.
 * @see ../../db/cypher-registry.ts
 */
import fp from "fastify-plugin";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { query, type QueryName } from "../../db/cypher-registry.ts";

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Runs one named query inside the current transaction. */
export type TxRead = <T = Row>(name: QueryName, params?: Params) => Promise<T[]>;

export interface ReadOptions {
  /** For the few whole-graph reads the app does in the background; requests keep the configured one. */
  timeoutMs?: number;
}

export interface CypherReader {
  /** One query in its own read transaction. */
  read<T = Row>(name: QueryName, params?: Params, options?: ReadOptions): Promise<T[]>;
  /**
   * One query in its own read transaction, each row handed to `onRow` as it arrives and then dropped: for
   * whole-graph reads that build something of their own, so the rows never all sit in memory at once.
   */
  readEach<T = Row>(
    name: QueryName,
    params: Params,
    onRow: (row: T) => void,
    options?: ReadOptions,
  ): Promise<void>;
  /** Several queries in one read transaction. */
  readTransaction<T>(work: (read: TxRead) => Promise<T>): Promise<T>;
}

declare module "fastify" {
  interface FastifyInstance {
    cypher: CypherReader;
  }
}

/** LIMIT, SKIP and procedure limits must be Cypher integers; a JS number travels as a float. */
export const int = (value: number) => neo4j.int(Math.trunc(value));

const toRows = neo4j.resultTransformers.mappedResultTransformer({
  map: (record) => record.toObject(),
  collect: (rows) => rows,
});

export function createCypherReader(
  driver: Driver,
  database: string | undefined,
  timeoutMs: number,
): CypherReader {
  const txRead =
    (tx: ManagedTransaction): TxRead =>
    async <T = Row>(name: QueryName, params: Params = {}) => {
      const result = await tx.run(query(name), params);
      return result.records.map((record) => record.toObject() as T);
    };
  const queryConfig = (options: ReadOptions) => ({
    routing: neo4j.routing.READ,
    database,
    // The default bookmark manager chains every executeQuery for causal consistency; writes go through
    // their own sessions (the loader's writeBatch), so it bought nothing and cost a large share of the
    // driver's and Neo4j's CPU per query (docs/benchmarks.md, API).
    bookmarkManager: null,
    transactionConfig: { timeout: options.timeoutMs ?? timeoutMs },
  });
  return {
    async read<T = Row>(name: QueryName, params: Params = {}, options: ReadOptions = {}) {
      const rows = await driver.executeQuery(query(name), params, {
        ...queryConfig(options),
        resultTransformer: toRows,
      });
      return rows as T[];
    },
    async readEach<T = Row>(
      name: QueryName,
      params: Params,
      onRow: (row: T) => void,
      options: ReadOptions = {},
    ) {
      await driver.executeQuery(query(name), params, {
        ...queryConfig(options),
        // A map that returns nothing: the driver keeps no row (mappedResultTransformer drops undefined).
        resultTransformer: neo4j.resultTransformers.mappedResultTransformer({
          map: (record) => {
            onRow(record.toObject() as T);
            return undefined;
          },
          collect: () => undefined,
        }),
      });
    },
    async readTransaction<T>(work: (read: TxRead) => Promise<T>) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead((tx) => work(txRead(tx)), { timeout: timeoutMs });
      } finally {
        await session.close();
      }
    },
  };
}

export interface CypherPluginOptions {
  queryTimeoutMs: number;
}

export default fp<CypherPluginOptions>(
  async (fastify, options) => {
    fastify.decorate(
      "cypher",
      createCypherReader(fastify.neo4j.driver, fastify.neo4j.database, options.queryTimeoutMs),
    );
  },
  { name: "cypher", dependencies: ["neo4j"] },
);
