/**
 * The OpenAPI document, generated from the same zod schemas the routes validate with, served as
 * /api/openapi.json, and an interactive reference at /docs.
 *
 * It also declares OpenAPI links: which answer's field feeds which other route's parameter (a search result's
 * id opens the node, a stored article's id reads it back). Clients can follow them, and `npm run fuzz:api`'s
 * stateful phase chains requests along them, so it reaches real nodes instead of guessing ids.
 * @see https://spec.openapis.org/oas/v3.1.0#link-object
 */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "@fastify/type-provider-zod";
import fp from "fastify-plugin";

type Document = {
  paths?: Record<string, Record<string, { responses?: Record<string, { links?: object }> }>>;
};

const ref = (path: string) => `#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/get`;

/** [from path, method, statuses, link name, to path, its parameters as runtime expressions]. */
const LINKS: Array<[string, string, string[], string, string, Record<string, string>]> = [
  [
    "/api/search/",
    "get",
    ["200"],
    "FirstResultNode",
    "/api/nodes/{id}",
    { id: "$response.body#/results/0/id" },
  ],
  [
    "/api/search/",
    "get",
    ["200"],
    "FirstResultNeighborhood",
    "/api/graph/neighborhood",
    { id: "$response.body#/results/0/id" },
  ],
  [
    "/api/graph/neighborhood",
    "get",
    ["200"],
    // Between the first two regions of the neighbourhood, not from the node asked for: that may be a
    // sector, which is never a path's end.
    "PathBetweenFirstPartners",
    "/api/graph/path",
    { from: "$response.body#/nodes/1/data/id", to: "$response.body#/nodes/2/data/id" },
  ],
  [
    "/api/stats/",
    "get",
    ["200"],
    "TopRegionPeers",
    "/api/regions/{code}/peers",
    { code: "$response.body#/topRegions/0/code" },
  ],
  [
    "/api/stats/",
    "get",
    ["200"],
    "TopRegionTimeline",
    "/api/regions/{code}/timeline",
    { code: "$response.body#/topRegions/0/code" },
  ],
  [
    "/api/stats/",
    "get",
    ["200"],
    "TopRegionsPair",
    "/api/pairs/{a}/{b}",
    { a: "$response.body#/topRegions/0/code", b: "$response.body#/topRegions/1/code" },
  ],
  [
    "/api/stats/",
    "get",
    ["200"],
    "LatestEvent",
    "/api/nodes/{id}",
    { id: "$response.body#/latestEvents/0/id" },
  ],
  [
    "/api/documents/",
    "post",
    ["200", "201"],
    "StoredArticle",
    "/api/documents/{id}",
    { id: "$response.body#/documentId" },
  ],
  ["/api/views/", "post", ["201"], "SavedView", "/api/views/{id}", { id: "$response.body#/id" }],
  ["/api/views/", "get", ["200"], "FirstSavedView", "/api/views/{id}", { id: "$response.body#/views/0/id" }],
];

function withLinks(document: Document): Document {
  for (const [from, method, statuses, name, to, parameters] of LINKS) {
    for (const status of statuses) {
      const response = document.paths?.[from]?.[method]?.responses?.[status];
      if (!response || !document.paths?.[to]) continue;
      response.links = { ...response.links, [name]: { operationRef: ref(to), parameters } };
    }
  }
  return document;
}

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
      transformObject: (input) =>
        withLinks(jsonSchemaTransformObject(input) as Document) as ReturnType<
          typeof jsonSchemaTransformObject
        >,
    });
    await fastify.register(swaggerUi, { routePrefix: "/docs", staticCSP: true });
    fastify.get("/api/openapi.json", { schema: { hide: true } }, async () => fastify.swagger());
  },
  { name: "swagger" },
);
