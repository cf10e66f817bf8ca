/**
 * The nodes in view as a list of buttons, grouped by type: the keyboard's way into the network (Tab to a
 * node, Enter to select it, the ContextMenu key or Shift+F10 for its menu; focus shows its full name on the
 * canvas), and a readable summary of what the canvas draws. It obeys the filters like the canvas does.
 */
import { button, fill, h } from "../dom.ts";
import { formatNumber, onLanguageChange, t, tMaybe } from "../i18n/index.ts";
import type { ViewInfo } from "../graph/explorer.ts";
import { nodeMark } from "../graph/shapes.ts";
import { lookOf } from "../graph/style.ts";
import type { PanelContext } from "./context.ts";
import { empty } from "./messages.ts";

const MAX_LISTED = 400;

export function mountNodeList(
  root: HTMLElement,
  ctx: PanelContext,
  hooks: {
    tooltip: (id: string | null) => void;
    menu: (id: string, x: number, y: number, opener: HTMLElement) => void;
  },
): void {
  const { explorer, store } = ctx;
  const render = (_info?: ViewInfo) => {
    if (explorer.info.phase === "loading" && explorer.cy.nodes().empty()) return;
    const nodes = explorer.cy
      .nodes()
      .filter((n) => !n.hasClass("filtered") && !n.hasClass("hidden"))
      .sort((a, b) => String(a.data("label")).localeCompare(String(b.data("label"))));
    const selected = store.state.selected?.kind === "node" ? store.state.selected.id : null;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.id;
    const list = h("ul", { class: "node-list", attrs: { id: "node-list" } });
    nodes.slice(0, MAX_LISTED).forEach((n) => {
      const type = String(n.data("type"));
      const kind = n.data("kind") as string | null;
      const id = n.id();
      const item = h(
        "button",
        {
          class: id === selected ? "node-item current" : "node-item",
          attrs: {
            type: "button",
            "aria-current": id === selected ? "true" : undefined,
            "aria-describedby": "node-tooltip",
          },
          dataset: { id },
          on: {
            click: () => explorer.select(id),
            dblclick: () =>
              explorer.emitCanvas({
                kind: "notice",
                text: ctx.actions.isExpanded(id) ? "alreadyExpanded" : "expand",
                id,
              }),
            focus: () => hooks.tooltip(id),
            blur: () => hooks.tooltip(null),
            keydown: (event) => {
              if (event.key === "ContextMenu" || (event.key === "F10" && event.shiftKey)) {
                event.preventDefault();
                const host = root.closest("body")!.querySelector<HTMLElement>(".graph-wrap")!;
                const box = item.getBoundingClientRect();
                const hostBox = host.getBoundingClientRect();
                hooks.menu(
                  id,
                  Math.max(8, box.right - hostBox.left - 40),
                  Math.max(8, box.top - hostBox.top),
                  item,
                );
              }
            },
          },
        },
        nodeMark(lookOf(type, kind), 14),
        h("span", { class: "node-name" }, String(n.data("label"))),
        h("span", { class: "muted" }, type === "region" ? tMaybe("kind", kind) : tMaybe("type", type)),
      );
      list.append(h("li", null, item));
    });
    const hidden = store.state.hidden.length;
    const unhide =
      hidden > 0
        ? button(
            t("nodeList.showHidden", { n: hidden }),
            () => store.update((s) => void (s.hidden = []), { undoable: true }),
            {
              class: "btn btn-quiet",
              attrs: { id: "show-hidden" },
            },
          )
        : null;
    fill(
      root,
      h(
        "h2",
        null,
        t("nodeList.title"),
        " ",
        h("span", { class: "count-badge" }, formatNumber(nodes.length)),
      ),
      h("p", { class: "hint" }, t("nodeList.hint")),
      unhide,
      nodes.length > 0 ? list : empty(t("nodeList.empty")),
      nodes.length > MAX_LISTED
        ? h("p", { class: "note" }, t("nodeList.more", { shown: MAX_LISTED, total: nodes.length }))
        : null,
    );
    if (focused) root.querySelector<HTMLElement>(`[data-id="${CSS.escape(focused)}"]`)?.focus();
  };
  explorer.onInfo(render);
  store.subscribe(() => render());
  onLanguageChange(() => render());
}
