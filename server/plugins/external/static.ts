/**
 * Serves the built web app (web/dist) from the same process and port as the API. When there is no build
 * (tests of the API alone), nothing is registered and "/" answers the JSON 404.
 */
import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import fp from "fastify-plugin";

export interface StaticOptions {
  root: string;
}

export default fp<StaticOptions>(
  async (fastify, options) => {
    if (!existsSync(options.root)) return;
    await fastify.register(fastifyStatic, {
      root: options.root,
      wildcard: false,
      // Hashed assets never change; index.html must be revalidated so a new build is picked up.
      setHeaders: (res, path) => {
        res.setHeader(
          "cache-control",
          path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
  },
  { name: "static" },
);
