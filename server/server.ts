/**
 * Builds the Fastify instance with its server-level options (logging, body limit, request ids) around the
 * app plugin. Listening and signal handling are the start command's job, so tests can build the same
 * instance and only `inject`.
 */
import Fastify, { type FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "@fastify/type-provider-zod";
import app, { type AppOptions } from "./app.ts";

export interface ServerOptions extends AppOptions {
  logger?: boolean;
  /** Where log lines go instead of stdout (tests read the log this way). */
  logStream?: { write(line: string): void };
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: options.config.LOG_LEVEL,
            ...(options.logStream ? { stream: options.logStream } : {}),
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
