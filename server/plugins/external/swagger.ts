/**
 * The OpenAPI document, generated from the same zod schemas the routes validate with, served as
 * /api/openapi.json, and an interactive reference at /docs.
 */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "@fastify/type-provider-zod";
import fp from "fastify-plugin";

export default fp(
  async (fastify) => {
    await fastify.register(swagger, {
      openapi: {
        openapi: "3.1.0",
        info: {
          title: "Jejaring API",
          description:
            "Knowledge graph of Indonesian regional-government cooperation: regions, officials, agreements, " +
            "audiences, programmes and the sentences they rest on.",
          version: "0.1.0",
        },
        components: {
          securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await fastify.register(swaggerUi, { routePrefix: "/docs", staticCSP: true });
    fastify.get("/api/openapi.json", { schema: { hide: true } }, async () => fastify.swagger());
  },
  { name: "swagger" },
);
