/**
 * The error responses a route declares in its schema: every status it can answer with, each with the one
 * error body. Declared exactly, because the OpenAPI document is generated from these schemas and API
 * fuzzers (schemathesis) check every answer against it.
 *
 * Every /api route can answer 429 (rate limit), 500 and 503 (Neo4j unreachable, a query past its time-out,
 * or load shedding); routes add the statuses their input can cause.
 */
import { ErrorBodySchema } from "../../schemas/common.ts";

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 414 | 415 | 422 | 502;

const DESCRIPTIONS: Readonly<Record<ErrorStatus | 429 | 500 | 503, string>> = {
  400: "Invalid request: the details name each bad field",
  401: "Missing or wrong bearer token",
  403: "Refused: writes are disabled on this server (API_TOKEN is not set), or an import's address may not be fetched",
  404: "No such node, region, document or saved view",
  409: "Conflicts with a concurrent write (retry), or a saved view's name is taken (JJ_VIEW_NAME_TAKEN)",
  413: "Request body too large",
  414: "A path parameter longer than the router accepts (200 characters)",
  415: "Unsupported content type: send application/json",
  422: "Nothing could be extracted from the text (or, for an import, the address gives no article)",
  429: "Too many requests; retry later",
  502: "The web page to import could not be fetched",
  500: "Internal server error",
  503: "Neo4j unreachable, query timed out, or server overloaded; see Retry-After",
};

const described = (status: keyof typeof DESCRIPTIONS) => ErrorBodySchema.describe(DESCRIPTIONS[status]);

/** Error bodies for the given statuses plus the ones every /api route can answer. */
export function errorResponses<const S extends readonly ErrorStatus[]>(...statuses: S) {
  const own = Object.fromEntries(statuses.map((status) => [status, described(status)])) as Record<
    S[number],
    typeof ErrorBodySchema
  >;
  return { ...own, 429: described(429), 500: described(500), 503: described(503) };
}
