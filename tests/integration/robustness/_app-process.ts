/**
 * The API as a process of its own, for tests that kill it: the real server (every plugin) over the Neo4j in
 * NEO4J_URI, on a free 127.0.0.1 port that it prints as "listening <port>". Unlike `npm start` it neither
 * starts Neo4j nor builds the web app, so a test can kill and restart it in a second.
 */
import { loadConfig } from "../../../server/config.ts";
import { createDriver } from "../../../server/db/neo4j.ts";
import { buildServer } from "../../../server/server.ts";

const config = loadConfig();
const driver = createDriver(config.NEO4J_URI!, config.NEO4J_USER, config.NEO4J_PASSWORD ?? "");
const app = await buildServer({
  config,
  neo4j: { driver, database: config.NEO4J_DATABASE, kind: "external" },
});
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === "object" && address ? address.port : 0}\n`);
