/**
 * The visible data as files: JSON (the Cytoscape elements as the API gave them), CSV (one file of nodes, one
 * of edges, RFC 4180 quoting) and GraphML for Gephi (typed attribute keys, XML-escaped values), each row with
 * its evidence when given (evidence.ts gathers it: province, roles, quotes, article titles and URLs). Pure:
 * export/download.ts turns the strings into downloads.
 * @see http://graphml.graphdrawing.org/specification.html
 */
import type { GraphEdge, GraphNode } from "#schemas/graph.ts";

export interface ExportGraph {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

export const NODE_COLUMNS = ["id", "label", "type", "kind", "date", "events"] as const;
export const EDGE_COLUMNS = [
  "id",
  "source",
  "target",
  "type",
  "weight",
  "firstDate",
  "lastDate",
  "kinds",
  "role",
] as const;

/** What the sources say about a node or an edge; lists are joined with " | " in a cell. */
export interface Evidence {
  province?: string | null;
  roles?: readonly string[];
  events?: readonly string[];
  quotes?: readonly string[];
  articles?: readonly string[];
  urls?: readonly string[];
}

export const NODE_EVIDENCE_COLUMNS = ["province", "roles", "quotes", "articles", "urls"] as const;
export const EDGE_EVIDENCE_COLUMNS = ["roles", "events", "quotes", "articles", "urls"] as const;
export type EvidenceMap = ReadonlyMap<string, Evidence>;

const joinList = (value: unknown) => (Array.isArray(value) ? value.join(" | ") : value);

function withEvidence(
  data: object,
  columns: readonly string[],
  evidence: Evidence | undefined,
): Record<string, unknown> {
  const row: Record<string, unknown> = { ...data };
  for (const c of columns) row[c] = joinList((evidence as Record<string, unknown> | undefined)?.[c]);
  return row;
}

type Cell = string | number | boolean | null | undefined | readonly string[];

/** One CSV field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join(";") : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c] as Cell)).join(","));
  return lines.join("\r\n") + "\r\n";
}

export function nodesCsv(graph: ExportGraph, evidence: EvidenceMap = new Map()): string {
  return csv(
    [...NODE_COLUMNS, ...NODE_EVIDENCE_COLUMNS],
    graph.nodes.map((n) => withEvidence(n.data, NODE_EVIDENCE_COLUMNS, evidence.get(n.data.id))),
  );
}

export function edgesCsv(graph: ExportGraph, evidence: EvidenceMap = new Map()): string {
  return csv(
    [...EDGE_COLUMNS, ...EDGE_EVIDENCE_COLUMNS],
    graph.edges.map((e) => withEvidence(e.data, EDGE_EVIDENCE_COLUMNS, evidence.get(e.data.id))),
  );
}

/** Parses CSV as written above (for tests and round trips): quoted fields may hold commas, quotes, newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * XML 1.0 text: escapes markup, drops characters XML cannot carry (most control characters, lone
 * surrogates), and writes CR as a character reference, since parsers turn a literal CR LF into LF. In an
 * attribute, tabs and line breaks are references too: parsers normalise literal ones to spaces.
 */
export function xmlText(value: string, attribute = false): string {
  const escaped = value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    // XML 1.1 parsers (and some 1.0 ones) read NEL and LINE SEPARATOR as line ends, which an attribute then
    // turns into a space; as character references they are kept as written.
    .replace(/\u0085/g, "&#133;")
    .replace(/\u2028/g, "&#8232;");
  return attribute ? escaped.replace(/\n/g, "&#10;").replace(/\t/g, "&#9;") : escaped;
}

const xmlAttr = (value: string) => xmlText(value, true);

const NODE_KEYS = [
  ["label", "string"],
  ["type", "string"],
  ["kind", "string"],
  ["date", "string"],
  ["events", "int"],
  ...NODE_EVIDENCE_COLUMNS.map((c) => [c, "string"] as const),
] as const;
const EDGE_KEYS = [
  ["type", "string"],
  ["weight", "int"],
  ["firstDate", "string"],
  ["lastDate", "string"],
  ["kinds", "string"],
  ["role", "string"],
  ...EDGE_EVIDENCE_COLUMNS.map((c) => [c, "string"] as const),
] as const;

function dataLines(
  prefix: "n" | "e",
  keys: readonly (readonly [string, string])[],
  data: Record<string, unknown>,
) {
  const lines: string[] = [];
  for (const [name] of keys) {
    const value = data[name];
    if (value === null || value === undefined || value === "") continue;
    const text = Array.isArray(value) ? value.join(";") : String(value);
    lines.push(`      <data key="${prefix}_${name}">${xmlText(text)}</data>`);
  }
  return lines;
}

export function graphml(graph: ExportGraph, evidence: EvidenceMap = new Map()): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of NODE_KEYS)
    out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS)
    out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="jejaring" edgedefault="undirected">');
  for (const { data } of graph.nodes) {
    const row = withEvidence(data, NODE_EVIDENCE_COLUMNS, evidence.get(data.id));
    out.push(`    <node id="${xmlAttr(data.id)}">`, ...dataLines("n", NODE_KEYS, row), "    </node>");
  }
  for (const { data } of graph.edges) {
    out.push(
      `    <edge id="${xmlAttr(data.id)}" source="${xmlAttr(data.source)}" target="${xmlAttr(data.target)}">`,
      ...dataLines("e", EDGE_KEYS, withEvidence(data, EDGE_EVIDENCE_COLUMNS, evidence.get(data.id))),
      "    </edge>",
    );
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

export function json(graph: ExportGraph, meta: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...meta, nodes: graph.nodes, edges: graph.edges }, null, 2) + "\n";
}
