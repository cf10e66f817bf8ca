/**
 * Articles, decorated as `fastify.documentsRepository`: one stored article with the spans of every fact in
 * it, the preview of a new article's facts, and its ingestion.
 *
 * Ingestion goes through the very path `npm run ingest` takes: `prepareText` extracts and validates the
 * facts, `writeBatch` resolves identities and writes them in one write transaction, so an article posted
 * to the API and the same article loaded from a file give the same graph, and a failure leaves nothing
 * half-written. The transaction moves the graph's version on; the version it committed is handed to
 * `fastify.graphVersion`, so this process's next request sees the article. The preview runs the first
 * half only. The extractor's resources (gazetteer, matchers) are loaded once, when the plugin starts.
 * @see ../../../pipeline/ingest/ingest.ts
 */
import fp from "fastify-plugin";
import type { Driver } from "neo4j-driver";
import {
  loadExtractionResources,
  type ExtractionResources,
} from "../../../pipeline/extract/extract-facts.ts";
import { writeBatch } from "../../../pipeline/load/graph-writer.ts";
import { prepareText } from "../../../pipeline/ingest/prepare-document.ts";
import type { Article, IngestBody, IngestResult } from "../../../schemas/document.ts";
import type { PreviewResult } from "../../../schemas/document-preview.ts";
import type { CypherReader } from "../../external/cypher.ts";
import type { GraphVersion } from "../freshness/graph-version.ts";
import { toSummary, typeOfLabels, type NodeRow } from "../nodes/node-ids.ts";

declare module "fastify" {
  interface FastifyInstance {
    documentsRepository: DocumentsRepository;
  }
}

interface ArticleRow {
  id: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  text: string;
  spans: Array<{ node: NodeRow; start: number | null; end: number | null; fact: string }>;
}

export type IngestOutcome = { ok: true; result: IngestResult } | { ok: false; reason: string };
export type PreviewOutcome = { ok: true; result: PreviewResult } | { ok: false; reason: string };

const prepare = (body: IngestBody, resources: ExtractionResources) =>
  prepareText(
    body.text,
    { title: body.title, publishedAt: body.publishedAt, source: body.source },
    resources,
  );

export function createDocumentsRepository(
  cypher: CypherReader,
  driver: Driver,
  database: string | undefined,
  resources: ExtractionResources,
  version: Pick<GraphVersion, "observe">,
) {
  return {
    async get(id: string): Promise<Article | undefined> {
      const [row] = await cypher.read<ArticleRow>("read/get-document", { id });
      if (!row) return undefined;
      const spans = row.spans.flatMap((span) => {
        if (span.start === null || span.end === null || !typeOfLabels(span.node.labels)) return [];
        const node = toSummary(span.node);
        return [
          {
            start: span.start,
            end: span.end,
            nodeId: node.id,
            type: node.type,
            label: node.label,
            fact: span.fact,
          },
        ];
      });
      return {
        id: row.id,
        title: row.title ?? null,
        source: row.source ?? null,
        publishedAt: row.publishedAt ?? null,
        ingestedAt: row.ingestedAt ?? null,
        text: row.text,
        spans,
      };
    },

    /** The facts a save would load, with the normalised text they point into; writes nothing. */
    preview(body: IngestBody): PreviewOutcome {
      const prepared = prepare(body, resources);
      if (!prepared.ok) return { ok: false, reason: prepared.error };
      const { facts, text } = prepared.input;
      return { ok: true, result: { documentId: facts.document.id, text, extracted: facts } };
    },

    async ingest(body: IngestBody): Promise<IngestOutcome> {
      const prepared = prepare(body, resources);
      if (!prepared.ok) return { ok: false, reason: prepared.error };
      const written = await writeBatch(driver, database, [prepared.input]);
      if (written.graphVersion !== undefined) version.observe(written.graphVersion);
      return {
        ok: true,
        result: {
          documentId: prepared.input.facts.document.id,
          created: written.added === 1,
          extracted: prepared.input.facts,
          written: { nodesCreated: written.nodesCreated, relationshipsCreated: written.relationshipsCreated },
        },
      };
    },
  };
}

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;

export default fp(
  async (fastify) => {
    const resources = await loadExtractionResources();
    fastify.decorate(
      "documentsRepository",
      createDocumentsRepository(
        fastify.cypher,
        fastify.neo4j.driver,
        fastify.neo4j.database,
        resources,
        fastify.graphVersion,
      ),
    );
  },
  { name: "documents-repository", dependencies: ["cypher", "graph-version"] },
);
