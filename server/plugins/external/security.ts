/**
 * Security headers (helmet, with a Content-Security-Policy that allows no inline script), CORS only when
 * CORS_ORIGIN names an origin, and a per-client rate limit whose budget routes can tighten (writes and 404s
 * get small ones).
 *
 * Why helmet itself and not @fastify/helmet: that plugin builds helmet's middleware anew on every request
 * (and decorates every reply), which cost more than Fastify's own routing (docs/benchmarks.md, API). The
 * same middleware, with the same options, is built once here.
 */
import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import fp from "fastify-plugin";
import helmet from "helmet";
import { ApiError } from "../../errors.ts";

export interface SecurityOptions {
  corsOrigin: string | undefined;
  rateLimitPerMinute: number;
}

export default fp<SecurityOptions>(
  async (fastify, options) => {
    const securityHeaders = helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:", "blob:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          frameAncestors: ["'none'"],
          // Served over plain http on 127.0.0.1 by default: upgrading would break every asset request.
          upgradeInsecureRequests: null,
        },
      },
    });
    fastify.addHook("onRequest", (request, reply, done) => {
      securityHeaders(request.raw, reply.raw, (error) => done(error instanceof Error ? error : undefined));
    });
    if (options.corsOrigin) {
      await fastify.register(cors, { origin: options.corsOrigin.split(",").map((o) => o.trim()) });
    }
    await fastify.register(rateLimit, {
      global: true,
      max: options.rateLimitPerMinute,
      timeWindow: "1 minute",
      errorResponseBuilder: (_request, context) =>
        new ApiError(
          429,
          "JJ_RATE_LIMITED",
          `Too many requests: at most ${context.max} per ${context.after}; retry later.`,
        ),
    });
  },
  { name: "security" },
);
