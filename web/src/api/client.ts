/**
 * The API client: one function per route, each checking `res.ok` and `safeParse`-ing the body with the very
 * zod schema the server answers with (server/schemas via the `#schemas/*` package import), so a server
 * change that breaks the contract shows as a clear error instead of a broken view.
 *
 * GET answers are cached by URL (a bounded map), so undo and filter toggles redraw from memory; a write
 * clears the cache, since it changes the graph. Saved views change outside the graph (another analyst may
 * save one at any time), so they are asked afresh every time (`cache: "no-store"`, which the health
 * check uses too) and their writes leave the graph's answers cached.
 */
import type { z } from "zod";
import { ErrorBodySchema } from "#schemas/common.ts";
import {
  ArticleSchema,
  IngestResultSchema,
  type Article,
  type IngestBody,
  type IngestResult,
} from "#schemas/document.ts";
import { GraphSchema, PATH_VIA, PathResultSchema, type Graph, type PathResult } from "#schemas/graph.ts";
import { HealthSchema, type Health } from "#schemas/health.ts";
import { NodeDetailsSchema, type NodeDetails } from "#schemas/node.ts";
import { PairSchema, type Pair } from "#schemas/pair.ts";
import { PreviewResultSchema, type PreviewResult } from "#schemas/document-preview.ts";
import {
  ImportPreviewSchema,
  ImportResultSchema,
  type ImportPreview,
  type ImportResult,
} from "#schemas/import.ts";
import { PeersSchema, TimelineSchema, type PeerOptions, type Peers, type Timeline } from "#schemas/region.ts";
import { LearnFromSchema, type LearnFrom } from "#schemas/learn-from.ts";

/** What the peers panel asks for; anything left out is the API's default. */
export type PeerRequest = Partial<PeerOptions>;
import { SearchResponseSchema, type SearchResponse } from "#schemas/search.ts";
import { StatsSchema, type Stats } from "#schemas/stats.ts";
import {
  SavedViewDeletedSchema,
  SavedViewListSchema,
  SavedViewSchema,
  SavedViewSummarySchema,
  type SavedView,
  type SavedViewBody,
  type SavedViewList,
  type SavedViewSummary,
} from "#schemas/view.ts";

export type FailureKind = "network" | "status" | "invalid" | "aborted";

/** Why a request failed: the network, an error status (with the API's code), or an answer off-schema. */
export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = "ApiFailure";
  }

  /** Seconds the server asked to wait (Retry-After), on 503 and 429. */
  retryAfter: number | null = null;
  /** The request fields a validation error (400) names, e.g. "querystring.limit". */
  fields: string[] = [];
}

const CACHE_SIZE = 300;
const cache = new Map<string, unknown>();

export function clearCache(): void {
  cache.clear();
}

function remember(url: string, value: unknown): void {
  cache.set(url, value);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

const inFlight = new Map<string, Promise<unknown>>();
const RETRIES = 2;

/**
 * GETs are cached (unless `cache: "no-store"`), shared while in flight, and retried on 503 (Neo4j busy or
 * restarting) after Retry-After.
 */
async function request<S extends z.ZodType>(
  schema: S,
  url: string,
  init: RequestInit & { signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  const method = init.method ?? "GET";
  if (method !== "GET") return send(schema, url, init);
  if (init.cache !== "no-store" && cache.has(url)) return cache.get(url) as z.infer<S>;
  const pending = inFlight.get(url);
  if (pending && !init.signal) return pending as Promise<z.infer<S>>;
  const attempt = async (): Promise<z.infer<S>> => {
    for (let i = 0; ; i++) {
      try {
        return await send(schema, url, init);
      } catch (error) {
        if (!(error instanceof ApiFailure) || error.status !== 503 || i >= RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(2000, (error.retryAfter ?? 1) * 1000)));
      }
    }
  };
  const promise = attempt().finally(() => inFlight.delete(url));
  if (!init.signal) inFlight.set(url, promise);
  return promise;
}

async function send<S extends z.ZodType>(
  schema: S,
  url: string,
  init: RequestInit & { signal?: AbortSignal },
): Promise<z.infer<S>> {
  const method = init.method ?? "GET";
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: "application/json", ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError")
      throw new ApiFailure("aborted", "aborted");
    throw new ApiFailure("network", error instanceof Error ? error.message : String(error));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(body);
    const failure = new ApiFailure(
      "status",
      parsed.success ? parsed.data.message : response.statusText,
      response.status,
      parsed.success ? parsed.data.code : null,
    );
    failure.retryAfter = Number(response.headers.get("retry-after")) || null;
    if (parsed.success) failure.fields = (parsed.data.details ?? []).map((d) => d.path).filter(Boolean);
    throw failure;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join(".") || url;
    throw new ApiFailure("invalid", `${url}: ${where}`, response.status);
  }
  if (method === "GET" && init.cache !== "no-store") remember(url, parsed.data);
  return parsed.data as z.infer<S>;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

const path = (id: string) => encodeURIComponent(id);

export const api = {
  health: (): Promise<Health> => request(HealthSchema, "/api/health", { cache: "no-store" }),

  search: (q: string, signal?: AbortSignal): Promise<SearchResponse> =>
    request(SearchResponseSchema, `/api/search${query({ q, limit: 10 })}`, signal ? { signal } : {}),

  node: (id: string): Promise<NodeDetails> => request(NodeDetailsSchema, `/api/nodes/${path(id)}`),

  neighborhood: (
    id: string,
    limit: number,
    filters: Record<string, string> = {},
    depth = 1,
  ): Promise<Graph> =>
    request(GraphSchema, `/api/graph/neighborhood${query({ id, depth, limit, ...filters })}`),

  /** `via`: also hop through officials, programmes and organisations (the API's `via`, all three). */
  path: (from: string, to: string, maxLength = 6, via = false): Promise<PathResult> =>
    request(
      PathResultSchema,
      `/api/graph/path${query({ from, to, maxLength, ...(via ? { via: PATH_VIA.join(",") } : {}) })}`,
    ),

  peers: (code: string, options: PeerRequest = {}): Promise<Peers> =>
    request(
      PeersSchema,
      `/api/regions/${path(code)}/peers${query({
        limit: 10,
        programs: options.weights?.programs,
        sectors: options.weights?.sectors,
        partners: options.weights?.partners,
        includePartners: options.includePartners ? "true" : undefined,
        includeAbroad: options.includeAbroad ? "true" : undefined,
        anyLevel: options.anyLevel ? "true" : undefined,
      })}`,
    ),

  learnFrom: (type: "program" | "sector", key: string): Promise<LearnFrom> =>
    request(LearnFromSchema, `/api/${type === "program" ? "programs" : "sectors"}/${path(key)}/learn-from`),

  timeline: (code: string, filters: Record<string, string> = {}): Promise<Timeline> =>
    request(TimelineSchema, `/api/regions/${path(code)}/timeline${query({ limit: 200, ...filters })}`),

  pair: (a: string, b: string): Promise<Pair> => request(PairSchema, `/api/pairs/${path(a)}/${path(b)}`),

  stats: (): Promise<Stats> => request(StatsSchema, "/api/stats"),

  document: (id: string): Promise<Article> => request(ArticleSchema, `/api/documents/${path(id)}`),

  preview: (body: IngestBody): Promise<PreviewResult> =>
    request(PreviewResultSchema, "/api/documents/preview", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),

  importPreview: (url: string): Promise<ImportPreview> =>
    request(ImportPreviewSchema, "/api/documents/import/preview", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url }),
    }),

  importUrl: async (url: string, token: string): Promise<ImportResult> => {
    const result = await request(ImportResultSchema, "/api/documents/import", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ url }),
    });
    clearCache();
    return result;
  },

  views: (offset = 0, limit = 50): Promise<SavedViewList> =>
    request(SavedViewListSchema, `/api/views${query({ limit, offset })}`, { cache: "no-store" }),

  view: (id: string): Promise<SavedView> =>
    request(SavedViewSchema, `/api/views/${path(id)}`, { cache: "no-store" }),

  saveView: (body: SavedViewBody, token: string): Promise<SavedViewSummary> =>
    request(SavedViewSummarySchema, "/api/views", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }),

  replaceView: (id: string, body: SavedViewBody, token: string): Promise<SavedViewSummary> =>
    request(SavedViewSummarySchema, `/api/views/${path(id)}`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }),

  deleteView: (id: string, token: string): Promise<unknown> =>
    request(SavedViewDeletedSchema, `/api/views/${path(id)}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${token}` },
    }),

  save: async (body: IngestBody, token: string): Promise<IngestResult> => {
    const result = await request(IngestResultSchema, "/api/documents", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    clearCache();
    return result;
  },
};
