/**
 * Security headers (@fastify/helmet, with a Content-Security-Policy that allows no inline script), CORS only
 * when CORS_ORIGIN names an origin, and a per-client rate limit whose budget routes can tighten (writes and
 * 404s get small ones).
 */
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fp from "fastify-plugin";
import { ApiError } from "../app/errors.ts";

export interface SecurityOptions {
  corsOrigin: string | undefined;
  rateLimitPerMinute: number;
}

export default fp<SecurityOptions>(
  async (fastify, options) => {
    await fastify.register(helmet, {
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
