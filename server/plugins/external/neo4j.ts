/**
 * Puts the process's Neo4j connection on the Fastify instance as `fastify.neo4j`.
 *
 * The connection is opened outside (by the start command, or by the test set-up) and handed in, so the app
 * never decides where Neo4j lives; whoever opened it closes it, unless it asks this plugin to do so on close.
 */
import { setTimeout as delay } from "node:timers/promises";
import type { Driver } from "neo4j-driver";
import fp from "fastify-plugin";

export interface Neo4jHandle {
  driver: Driver;
  database: string | undefined;
  kind: "embedded" | "external";
}

declare module "fastify" {
  interface FastifyInstance {
    neo4j: Neo4jHandle;
  }
}

/**
 * Whether Neo4j answers a connectivity check (within `timeoutMs` when given): the load-shedding watch polls
 * it, and the error handler asks after a driver fault, to tell an outage from a bug.
 */
export async function neo4jAnswers(handle: Neo4jHandle, timeoutMs?: number): Promise<boolean> {
  const check = handle.driver.verifyConnectivity({ database: handle.database }).then(
    () => true,
    () => false,
  );
  return timeoutMs === undefined ? check : Promise.race([check, delay(timeoutMs, false, { ref: false })]);
}

export interface Neo4jPluginOptions {
  handle: Neo4jHandle;
  closeDriverOnClose?: boolean;
}

export default fp<Neo4jPluginOptions>(
  async (fastify, options) => {
    fastify.decorate("neo4j", options.handle);
    if (options.closeDriverOnClose) {
      fastify.addHook("onClose", async () => {
        await options.handle.driver.close();
      });
    }
  },
  { name: "neo4j" },
);
