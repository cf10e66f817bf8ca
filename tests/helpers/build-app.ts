/**
 * Builds the real app (all plugins, real Neo4j) without a port, for `inject`-based tests. The caller closes
 * it in afterAll; the driver is the caller's too. Every answer is checked against its zod schema.
 */
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../server/config.ts";
import { buildServer } from "../../server/server.ts";
import { testHandle } from "./_neo4j.ts";

export async function buildTestApp(
  driver: Driver,
  env: Record<string, string> = {},
  options: { webRoot?: string; writesPerMinute?: number } = {},
): Promise<FastifyInstance> {
  const config = loadConfig({ LOG_LEVEL: "silent", RESPONSE_CHECKS: "on", ...env });
  return buildServer({ config, neo4j: testHandle(driver), logger: false, ...options });
}
