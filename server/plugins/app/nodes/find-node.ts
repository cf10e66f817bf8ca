/**
 * The look-up every request addressed by a node id starts with (details, neighbourhood, path), taking the
 * caller's transaction so that the element id it returns stays valid for the queries that follow.
 */
import type { TxRead } from "../../external/cypher.ts";
import type { NodeKey, NodeRow } from "./node-ids.ts";

export interface FoundNode {
  node: NodeRow;
  elementId: string;
  events: number;
}

/** The node an id names, or undefined; the element id it returns is valid in the same transaction. */
export async function findNode(read: TxRead, key: NodeKey): Promise<FoundNode | undefined> {
  const [row] = await read<FoundNode>("read/find-node", {
    label: key.label,
    key: key.key,
  });
  return row;
}
