/**
 * One of `npm start`'s API processes when API_WORKERS > 1 (server/api-workers.ts): the primary has opened
 * the database, loaded the seeds and built the web app; this process builds the same Fastify server with
 * the connection it is handed over IPC and listens on the shared port. The primary supervises Neo4j.
 */
import { serveAsWorker } from "../api-workers.ts";
import { loadConfig } from "../config.ts";
import { createDriver } from "../db/neo4j.ts";
import type { Neo4jHandle } from "../plugins/external/neo4j.ts";
import { buildServer } from "../server.ts";

export interface ApiWorkerStart {
  neo4j: {
    uri: string;
    user: string;
    password: string;
    database: string | undefined;
    kind: Neo4jHandle["kind"];
  };
}

let close = async () => {};

serveAsWorker<ApiWorkerStart>({
  async serve({ neo4j }) {
    const config = loadConfig();
    const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
    const server = await buildServer({
      config,
      neo4j: { driver, database: neo4j.database, kind: neo4j.kind },
    });
    close = async () => {
      await server.close();
      await driver.close();
    };
    await server.listen({ port: config.PORT, host: config.HOST });
    return config.PORT;
  },
  close: () => close(),
});
