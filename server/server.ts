/**
 * Builds the Fastify instance with its server-level options (logging, body limit, request ids) around the
 * app plugin. Listening and signal handling are the start command's job, so tests can build the same
 * instance and only `inject`.
 */
import Fastify, { type FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "@fastify/type-provider-zod";
import app, { type AppOptions } from "./app.ts";

export async function buildServer(options: AppOptions & { logger?: boolean }): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: options.config.LOG_LEVEL,
            // Tokens and passwords must never reach a log line, whatever a future log call includes.
            redact: {
              paths: ["req.headers.authorization", "headers.authorization", "*.password", "*.token"],
              censor: "[redacted]",
            },
          },
    bodyLimit: options.config.BODY_LIMIT_BYTES,
    // Our own ids only: a client-chosen id could forge or flood log correlation.
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  await fastify.register(app, options);
  await fastify.ready();
  return fastify;
}
