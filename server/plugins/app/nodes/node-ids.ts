/**
 * Translation between the API's node ids and the graph's labels and keys, and the one mapper that turns the
 * node maps our queries return into the API's node summaries.
 *
 * Why here and not in Cypher: the id scheme (server/schemas/node.ts) is the API's, and the label a query may
 * look a node up by must come from a fixed map, never from the request. Every read query returns nodes in
 * the same shape, `{labels, key, name, kind, date}`, so one function maps them all.
 */
import type { NodeSummary, NodeType } from "../../../schemas/node.ts";

/** The graph label of each node type: the whitelist every lookup by type goes through. */
export const LABEL_OF: Readonly<Record<NodeType, string>> = {
  region: "Region",
  event: "Event",
  person: "Person",
  program: "Program",
  organization: "Organization",
  sector: "Sector",
};

/** Types whose stored id is a bare slug, so the API prefixes it. */
const PREFIXED: ReadonlySet<NodeType> = new Set(["program", "organization", "sector"]);

/** Labels in the order that decides a node's type (an event also has its kind's label). */
const TYPE_BY_LABEL: ReadonlyArray<readonly [string, NodeType]> = Object.entries(LABEL_OF).map(
  ([type, label]) => [label, type as NodeType] as const,
);

const REGION_CODE = /^(?:\d{2}(?:\.\d{2})?|[A-Z]{2}(?:\/[^/]+)?)$/;

export interface NodeKey {
  type: NodeType;
  label: string;
  /** `code` for regions, `id` for every other node. */
  key: string;
}

/** The label and key an API id names, or undefined when it names no kind of node. */
export function parseNodeId(id: string): NodeKey | undefined {
  if (REGION_CODE.test(id)) return { type: "region", label: LABEL_OF.region, key: id };
  const colon = id.indexOf(":");
  if (colon < 1) return undefined;
  const prefix = id.slice(0, colon);
  const type = (Object.keys(LABEL_OF) as NodeType[]).find((t) => t === prefix && t !== "region");
  if (!type) return undefined;
  const rest = id.slice(colon + 1);
  if (rest === "") return undefined;
  return { type, label: LABEL_OF[type], key: PREFIXED.has(type) ? rest : id };
}

/** The node type of a label list, or undefined for nodes the API does not show (documents). */
export function typeOfLabels(labels: readonly string[]): NodeType | undefined {
  return TYPE_BY_LABEL.find(([label]) => labels.includes(label))?.[1];
}

export function nodeIdOf(type: NodeType, key: string): string {
  return PREFIXED.has(type) ? `${type}:${key}` : key;
}

/** The shape every read query returns a node in. */
export interface NodeRow {
  labels: string[];
  key: string;
  name: string | null;
  kind: string | null;
  date: string | null;
}

export function toSummary(row: NodeRow): NodeSummary {
  const type = typeOfLabels(row.labels);
  if (!type) throw new Error(`not an API node: ${row.labels.join(":")}`);
  return {
    id: nodeIdOf(type, row.key),
    label: row.name ?? row.key,
    type,
    kind: row.kind ?? null,
    date: row.date ?? null,
  };
}
