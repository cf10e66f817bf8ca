/**
 * Builds the Fastify instance with its server-level options (logging, body limit, request ids) around the
 * app plugin. Listening and signal handling are the start command's job, so tests can build the same
 * instance and only `inject`.
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "@fastify/type-provider-zod";
import app, { type AppOptions } from "./app.ts";

/** Query parameters whose values look like credentials; no route takes one, but a client may still send it. */
const SECRET_PARAMETER = /token|passw|secret|key|auth|session|cookie/i;

/** The URL as logged: the value of any credential-looking query parameter replaced. */
export function loggableUrl(url: string): string {
  const at = url.indexOf("?");
  if (at < 0) return url;
  const query = url
    .slice(at + 1)
    .split("&")
    .map((pair) => {
      const name = pair.split("=", 1)[0]!;
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replaceAll("+", " "));
      } catch {
        // A malformed escape is logged as sent; it is checked as sent too.
      }
      return SECRET_PARAMETER.test(decoded) ? `${name}=[redacted]` : pair;
    })
    .join("&");
  return `${url.slice(0, at)}?${query}`;
}

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
            // Fastify's own request serializer, with credential-looking query values taken out of the URL.
            serializers: {
              req: (request: FastifyRequest) => ({
                method: request.method,
                url: loggableUrl(request.url),
                host: request.host,
                remoteAddress: request.ip,
                remotePort: request.socket?.remotePort,
              }),
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
