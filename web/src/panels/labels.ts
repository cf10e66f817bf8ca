/**
 * A node's name for the text the panels write (a saved view's suggested name, a path's ends): the label the
 * network draws, else the name read once from the API and kept. Never the bare id: "32.75" means nothing to
 * an analyst, and a view opened from a link names nodes before the network has drawn them.
 */
import { api } from "../api/client.ts";
import type { PanelContext } from "./context.ts";

const read = new Map<string, Promise<string | null>>();
const names = new Map<string, string>();

/** The name known now (drawn, or read before), or null. */
export function knownLabel(id: string, ctx: PanelContext): string | null {
  const node = ctx.explorer.cy.getElementById(id);
  if (node.nonempty()) return String(node.data("label"));
  return names.get(id) ?? null;
}

/** The node's name, read from the API when it is not drawn; null when the API does not know it. */
export function nodeLabel(id: string, ctx: PanelContext): Promise<string | null> {
  const now = knownLabel(id, ctx);
  if (now !== null) return Promise.resolve(now);
  let pending = read.get(id);
  if (!pending) {
    pending = api.node(id).then(
      (details) => (names.set(id, details.node.label), details.node.label),
      () => (read.delete(id), null),
    );
    read.set(id, pending);
  }
  return pending;
}
