/**
 * The evidence of an event's facts (GET /api/nodes/:id, `event`): each party with its role and whether it
 * is the hub, the date, the term of validity, each sector and programme, each with the sentence every
 * report read it from (get-event-evidence.cypher). All reports' quotes are kept, oldest article first, up
 * to MAX_REPORTS reports: the web shows the first and says how many others there are.
 */
import type { EventEvidence, FactQuote } from "../../../schemas/node.ts";
import { int, type TxRead } from "../../external/cypher.ts";
import { toSummary, type NodeRow } from "./node-ids.ts";

const MAX_REPORTS = 20;

interface Span {
  quote: string;
  start: number;
  end: number;
}

interface ReportRow {
  documentId: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  date: Span | null;
  validity: Span | null;
  parties: Array<Span & { key: string }>;
  sectors: Array<Span & { key: string }>;
  programs: Array<Span & { key: string }>;
}

interface FactsRow {
  hub: string | null;
  date: string | null;
  status: string | null;
  validUntil: string | null;
  durationYears: number | null;
  parties: Array<{ node: NodeRow; role: string | null }>;
  sectors: NodeRow[];
  programs: NodeRow[];
  reports: number;
}

function quoteOf(report: ReportRow, span: Span): FactQuote {
  return {
    documentId: report.documentId,
    title: report.title ?? null,
    url: report.source ?? null,
    publishedAt: report.publishedAt ?? null,
    quote: span.quote,
    start: span.start,
    end: span.end,
  };
}

/** The quotes of the fact `key` in every report's list `list`. */
function quotesOf(
  reports: readonly ReportRow[],
  list: "parties" | "sectors" | "programs",
  key: string,
): FactQuote[] {
  return reports.flatMap((report) =>
    report[list].filter((span) => span.key === key).map((span) => quoteOf(report, span)),
  );
}

/** An event's facts with their quotes, read in the caller's transaction; undefined when it is no event. */
export async function readEventEvidence(read: TxRead, elementId: string): Promise<EventEvidence | undefined> {
  const [facts] = await read<FactsRow>("read/get-event-facts", { elementId });
  if (!facts) return undefined;
  const reports = await read<ReportRow>("read/get-event-evidence", { elementId, limit: int(MAX_REPORTS) });
  const byName = <T extends { node: { label: string } }>(items: T[]) =>
    items.sort((a, b) => a.node.label.localeCompare(b.node.label, "id"));
  return {
    hub: facts.hub ?? null,
    status: facts.status ?? null,
    planned: facts.status === "planned" || facts.status === "proposed",
    date: {
      value: facts.date ?? null,
      quotes: reports.flatMap((r) => (r.date ? [quoteOf(r, r.date)] : [])),
    },
    validity: {
      validUntil: facts.validUntil ?? null,
      durationYears: facts.durationYears ?? null,
      quotes: reports.flatMap((r) => (r.validity ? [quoteOf(r, r.validity)] : [])),
    },
    // The hub first, then the others by name.
    parties: byName(
      facts.parties.map((p) => ({
        node: toSummary(p.node),
        role: p.role ?? null,
        hub: p.node.key === facts.hub,
        quotes: quotesOf(reports, "parties", p.node.key),
      })),
    ).sort((a, b) => Number(b.hub) - Number(a.hub)),
    sectors: byName(
      facts.sectors.map((s) => ({ node: toSummary(s), quotes: quotesOf(reports, "sectors", s.key) })),
    ),
    programs: byName(
      facts.programs.map((g) => ({ node: toSummary(g), quotes: quotesOf(reports, "programs", g.key) })),
    ),
    reports: facts.reports,
    reportsTruncated: facts.reports > reports.length,
  };
}
