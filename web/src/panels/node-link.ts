/** A node named in a panel, with its mark: a click selects it in the graph, or adds it when not drawn. */
import { h } from "../dom.ts";
import { t } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { swatch } from "./messages.ts";

export function nodeLink(
  node: { id: string; label: string; type: string; kind: string | null },
  ctx: PanelContext,
): HTMLElement {
  return h(
    "button",
    {
      class: "link node-link",
      attrs: { type: "button", title: t("actions.showInGraph") },
      dataset: { id: node.id },
      on: { click: () => ctx.actions.show(node.id) },
    },
    swatch(node.type, node.kind),
    node.label,
  );
}
