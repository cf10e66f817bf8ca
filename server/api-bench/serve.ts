/**
 * The API under test, in its own process: `npm run bench:api` forks this file so that autocannon's load
 * and the server do not share one event loop. It waits for the Neo4j connection over IPC (the password
 * never goes through argv), serves on a free 127.0.0.1 port, reports the port, and closes on "stop".
 */
import { loadConfig } from "../config.ts";
import { createDriver } from "../db/neo4j.ts";
import { buildServer } from "../server.ts";

interface Start {
  uri: string;
  user: string;
  password: string;
}

process.once("message", async (message: Start) => {
  const driver = createDriver(message.uri, message.user, message.password);
  // The benchmark's 50 connections come from one address: the per-client limit would cut them off.
  const config = loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000000" });
  const app = await buildServer({
    config,
    neo4j: { driver, database: undefined, kind: "embedded" },
    logger: false,
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
  process.once("message", async () => {
    await app.close();
    await driver.close();
    process.exit(0);
  });
});
