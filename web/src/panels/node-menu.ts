/**
 * The items of a node's context menu, for one node or a multi-selection: expand (partners, by depth, by the
 * type of tie), hide, pin or unpin, path from or to here, similar regions, details. Items that would change
 * nothing are marked done (disabled) rather than left to fail silently.
 */
import type { NodeType } from "#schemas/node.ts";
import { t } from "../i18n/index.ts";
import { MAX_EXPAND_DEPTH } from "../state/view-state.ts";
import type { PanelContext } from "./context.ts";
import type { MenuItem } from "./menu.ts";
import { choosePathEnd } from "./paths.ts";

const TIE_TYPES: NodeType[] = ["event", "person", "program", "organization", "sector"];

export function nodeMenuItems(ids: readonly string[], ctx: PanelContext): MenuItem[] {
  const { actions, explorer, store } = ctx;
  const one = ids.length === 1 ? ids[0]! : null;
  const node = one ? explorer.cy.getElementById(one) : null;
  const isRegion = node?.data("type") === "region";
  const allExpanded = ids.every((id) => actions.isExpanded(id));
  const allPinned = ids.every((id) => actions.isPinned(id));
  const items: MenuItem[] = [
    {
      id: "menu-expand",
      icon: allExpanded ? "check" : "expand",
      label: allExpanded ? t("actions.expanded") : t("actions.expand"),
      disabled: allExpanded,
      run: () => actions.expandMany(ids),
    },
  ];
  for (let depth = 2; depth <= MAX_EXPAND_DEPTH; depth++) {
    const done = ids.every((id) => actions.isExpanded(id, { depth }));
    items.push({
      id: `menu-depth-${depth}`,
      label: t("menu.depth", { n: depth }),
      disabled: done,
      group: depth === 2 ? t("menu.byDepth") : undefined,
      run: () => actions.expandMany(ids, { depth }),
    });
  }
  TIE_TYPES.forEach((type, i) => {
    const done = ids.every((id) => actions.isExpanded(id, { types: [type] }));
    items.push({
      id: `menu-type-${type}`,
      label: t(`type.${type}`),
      disabled: done,
      group: i === 0 ? t("menu.byType") : undefined,
      run: () => actions.expandMany(ids, { types: [type] }),
    });
  });
  items.push(
    {
      id: "menu-hide",
      icon: "hide",
      label: t("actions.hide"),
      group: t("menu.node"),
      run: () => actions.hideMany(ids),
    },
    {
      id: "menu-pin",
      icon: "pin",
      label: allPinned ? t("actions.unpin") : t("actions.pin"),
      run: () => actions.pinMany(ids, !allPinned),
    },
  );
  if (one) {
    items.push(
      { id: "menu-details", icon: "overview", label: t("menu.details"), run: () => explorer.select(one) },
      {
        id: "menu-path-from",
        icon: "paths",
        label: t("actions.pathFrom"),
        run: () => choosePathEnd("from", one, ctx),
      },
      {
        id: "menu-path-to",
        icon: "paths",
        label: t("actions.pathTo"),
        run: () => choosePathEnd("to", one, ctx),
      },
    );
    if (isRegion)
      items.push({
        id: "menu-peers",
        icon: "peers",
        label: t("actions.peers"),
        run: () =>
          store.update((s) => {
            s.selected = { kind: "node", id: one };
            s.panel = "peers";
          }),
      });
  }
  return items;
}
