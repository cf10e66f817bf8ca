/**
 * Answers for requests no route takes: 405 with `Allow` when the path exists under other methods (DELETE
 * /api/search, TRACE /api/stats), and the JSON 404 otherwise. Both in the common error body, both under a
 * tight rate limit of their own, since unknown URLs and methods are where scanners probe.
 *
 * Why an onRequest hook and not only the not-found handler: Fastify parses a body before the not-found
 * handler runs, so a QUERY or POST to a wrong method would otherwise be judged on its body (400) instead of
 * its method; and the rate limit should be spent before any parsing. Must be registered before the routes,
 * so that its onRoute hook sees every one of them.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-405-method-not-allowed
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { ApiError } from "../../errors.ts";

/** Requests a minute per client that may miss: enough for a person, too few for a scan. */
export const UNKNOWN_PER_MINUTE = 120;

interface KnownPath {
  pattern: RegExp;
  /** Parameter segments in the route: the fewer, the more specific (a wildcard counts as many). */
  params: number;
  methods: Set<string>;
}

function knownPathOf(url: string): KnownPath {
  const parts = url.replace(/\/$/, "").split("/");
  const body = parts
    .map((part) =>
      part.startsWith(":") ? "[^/]+" : part === "*" ? ".*" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("/");
  const params = parts.filter((p) => p.startsWith(":")).length + (parts.includes("*") ? 100 : 0);
  return { pattern: new RegExp(`^${body}/?$`), params, methods: new Set() };
}

const keyOf = (url: string) => url.replace(/\/$/, "") || "/";

export default fp(
  async (fastify) => {
    const known = new Map<string, KnownPath>();
    fastify.addHook("onRoute", (route) => {
      const key = keyOf(route.url);
      const entry = known.get(key) ?? knownPathOf(route.url);
      for (const method of [route.method].flat()) entry.methods.add(method);
      known.set(key, entry);
    });
    /**
     * The methods of the most specific routes matching the path, and how specific they are. Fastify prefers
     * a static route to a parametric one only under the same method: GET /api/documents/preview reaches
     * GET /api/documents/:id, though the path names the preview, which takes POST only.
     */
    const allowedFor = (path: string): { methods: string[]; params: number } => {
      let best = Infinity;
      const methods = new Set<string>();
      for (const entry of known.values()) {
        if (!entry.pattern.test(path) || entry.params > best) continue;
        if (entry.params < best) methods.clear();
        best = entry.params;
        for (const method of entry.methods) methods.add(method);
      }
      return { methods: [...methods].sort(), params: best };
    };
    const limit = fastify.rateLimit({ max: UNKNOWN_PER_MINUTE, timeWindow: "1 minute" });
    const pathOf = (request: FastifyRequest) => request.url.split("?")[0]!;
    const notAllowed = (request: FastifyRequest, reply: FastifyReply, methods: string[]) => {
      void reply.header("allow", methods.join(", "));
      return new ApiError(
        405,
        "JJ_METHOD_NOT_ALLOWED",
        `${request.method} is not allowed on ${pathOf(request)}; use ${methods.join(", ")}.`,
      );
    };

    fastify.addHook("onRequest", async (request, reply) => {
      if (request.is404) {
        await limit.call(fastify, request, reply);
        const { methods } = allowedFor(pathOf(request));
        if (methods.length > 0) throw notAllowed(request, reply, methods);
        return;
      }
      // A parametric route caught a path that a more specific route (or none, with an empty parameter:
      // GET /api/documents/) names under other methods.
      const url = request.routeOptions.url ?? "";
      if (!url.includes(":")) return;
      const { methods, params } = allowedFor(pathOf(request));
      const own = known.get(keyOf(url))?.params ?? 0;
      if (params < own && !methods.includes(request.method)) throw notAllowed(request, reply, methods);
      if (params === Infinity)
        throw new ApiError(404, "JJ_NOT_FOUND", `No route for ${request.method} ${pathOf(request)}.`);
    });

    fastify.setNotFoundHandler((request) => {
      throw new ApiError(404, "JJ_NOT_FOUND", `No route for ${request.method} ${pathOf(request)}.`);
    });
  },
  { name: "unknown-routes", dependencies: ["security"] },
);
