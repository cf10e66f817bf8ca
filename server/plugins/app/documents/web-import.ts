/**
 * Articles imported from the web through the API, decorated as `fastify.webImport`: read an address
 * (fetched politely and safely, read, extracted: ingest/read-web-address.ts), say what a save would do,
 * and save it the way `npm run ingest -- URL` does (new: the loader's batch write; the same text stored:
 * nothing; a changed text under a stored address: load/replace-document.ts). One WebClient for the
 * process, so every request shares the hosts' politeness queues and robots.txt rules. A save's transaction
 * moves the graph's version on; the version it committed is handed to `fastify.graphVersion`, so this
 * process's next request sees the article (no route clears anything).
 * @see ../../../pipeline/ingest/ingest-web.ts
 */
import fp from "fastify-plugin";
import type { Driver } from "neo4j-driver";
import type { Config } from "../../../config.ts";
import {
  loadExtractionResources,
  type ExtractionResources,
} from "../../../pipeline/extract/extract-facts.ts";
import { readWebAddress, type AddressReading } from "../../../pipeline/ingest/read-web-address.ts";
import { findStoredByUrl, type StoredWebDocument } from "../../../pipeline/ingest/web-identity.ts";
import { writeBatch } from "../../../pipeline/load/graph-writer.ts";
import { replaceDocument } from "../../../pipeline/load/replace-document.ts";
import type { FetchFailure } from "../../../pipeline/read/web/fetch-safely.ts";
import { WebClient, webClientOptionsFrom } from "../../../pipeline/read/web/web-client.ts";
import { identityUrl } from "../../../pipeline/read/web/web-urls.ts";
import type { ImportPreview, ImportResult } from "../../../schemas/import.ts";
import type { GraphVersion } from "../freshness/graph-version.ts";

declare module "fastify" {
  interface FastifyInstance {
    webImport: WebImport;
  }
}

/** Why an address gives no article: each maps to one API error (routes/api/documents/import.ts). */
export type ImportRefusal =
  | { ok: false; why: "refused"; reason: string }
  | { ok: false; why: "robots"; reason: string }
  | { ok: false; why: "not-article"; reason: string }
  | { ok: false; why: "unreadable"; reason: string }
  | { ok: false; why: "fetch"; reason: string };

const REFUSED = new Set<FetchFailure>(["refused-url", "refused-address"]);

type ArticleReading = Extract<AddressReading, { kind: "article" }>;

function refusal(reading: Exclude<AddressReading, ArticleReading>): ImportRefusal {
  switch (reading.kind) {
    case "failed":
      if (REFUSED.has(reading.failure as FetchFailure))
        return { ok: false, why: "refused", reason: reading.reason };
      if (reading.failure === "extraction") return { ok: false, why: "unreadable", reason: reading.reason };
      return { ok: false, why: "fetch", reason: reading.reason };
    case "skipped":
      return /robots\.txt/.test(reading.reason)
        ? { ok: false, why: "robots", reason: reading.reason }
        : { ok: false, why: "not-article", reason: reading.reason };
    case "feed":
    case "sitemap-index":
      return {
        ok: false,
        why: "not-article",
        reason:
          "the address is a feed or a sitemap, not an article: import one of the articles it lists, or add it to the sources of npm run feeds",
      };
    case "not-modified":
      return { ok: false, why: "fetch", reason: "the site answered 304 Not Modified to a plain request" };
  }
}

function pageOf(reading: ArticleReading): ImportResult["page"] {
  const { article } = reading;
  return {
    url: reading.url,
    canonicalUrl: article.canonicalUrl,
    title: reading.input.facts.document.title ?? article.title,
    publishedAt: reading.input.facts.document.publishedAt,
    publisher: article.publisher,
    language: article.language,
  };
}

export function createWebImport(
  client: WebClient,
  driver: Driver,
  database: string | undefined,
  resources: ExtractionResources,
  graphVersion: Pick<GraphVersion, "observe">,
) {
  const read = async (
    url: string,
  ): Promise<
    { ok: true; reading: ArticleReading; stored: StoredWebDocument | undefined } | ImportRefusal
  > => {
    const reading = await readWebAddress(url.trim(), client, resources);
    if (reading.kind !== "article") return refusal(reading);
    const stored = await findStoredByUrl(driver, database, [reading.identity, identityUrl(reading.url)]);
    return { ok: true, reading, stored };
  };

  return {
    async preview(url: string): Promise<{ ok: true; preview: ImportPreview } | ImportRefusal> {
      const result = await read(url);
      if (!result.ok) return result;
      const { reading, stored } = result;
      const id = reading.input.facts.document.id;
      return {
        ok: true,
        preview: {
          page: pageOf(reading),
          documentId: id,
          text: reading.input.text,
          extracted: reading.input.facts,
          stored: !stored ? "new" : stored.id === id ? "unchanged" : "changed",
        },
      };
    },

    async save(url: string): Promise<{ ok: true; result: ImportResult } | ImportRefusal> {
      const found = await read(url);
      if (!found.ok) return found;
      const { reading, stored } = found;
      const id = reading.input.facts.document.id;
      const base = { page: pageOf(reading), documentId: id, extracted: reading.input.facts };
      if (stored?.id === id)
        return {
          ok: true,
          result: {
            ...base,
            outcome: "unchanged",
            version: stored.version,
            written: { nodesCreated: 0, relationshipsCreated: 0 },
          },
        };
      if (stored) {
        const version = stored.version + 1;
        const written = await replaceDocument(driver, database, stored.id, {
          ...reading.input,
          origin: { ...reading.input.origin, version, replaces: stored.id },
        });
        if (written.graphVersion !== undefined) graphVersion.observe(written.graphVersion);
        return {
          ok: true,
          result: {
            ...base,
            outcome: "replaced",
            version,
            written: {
              nodesCreated: written.nodesCreated,
              relationshipsCreated: written.relationshipsCreated,
            },
          },
        };
      }
      const written = await writeBatch(driver, database, [reading.input]);
      if (written.graphVersion !== undefined) graphVersion.observe(written.graphVersion);
      return {
        ok: true,
        result: {
          ...base,
          // Stored under another address with the same text: nothing written.
          outcome: written.added === 1 ? "added" : "unchanged",
          version: 1,
          written: { nodesCreated: written.nodesCreated, relationshipsCreated: written.relationshipsCreated },
        },
      };
    },
  };
}

export type WebImport = ReturnType<typeof createWebImport>;

export default fp<{ config: Config }>(
  async (fastify, options) => {
    const resources = await loadExtractionResources();
    const client = new WebClient(webClientOptionsFrom(options.config));
    fastify.decorate(
      "webImport",
      createWebImport(client, fastify.neo4j.driver, fastify.neo4j.database, resources, fastify.graphVersion),
    );
  },
  { name: "web-import", dependencies: ["cypher", "graph-version"] },
);
