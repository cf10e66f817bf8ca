/**
 * The nodes in view as a list of buttons, grouped by type: the keyboard's way into the network (Tab to a
 * node, Enter to select it), and a readable summary of what the canvas draws.
 */
import { button, fill, h } from "../dom.ts";
import { onLanguageChange, t, tMaybe } from "../i18n/index.ts";
import type { ViewInfo } from "../graph/explorer.ts";
import { lookOf } from "../graph/style.ts";
import type { PanelContext } from "./context.ts";
import { empty, swatch } from "./messages.ts";

const MAX_LISTED = 400;

export function mountNodeList(root: HTMLElement, ctx: PanelContext): void {
  const { explorer, store } = ctx;
  const render = (_info?: ViewInfo) => {
    const nodes = explorer.cy
      .nodes()
      .filter((n) => !n.hasClass("filtered") && !n.hasClass("hidden"))
      .sort((a, b) => String(a.data("label")).localeCompare(String(b.data("label"))));
    const selected = store.state.selected?.kind === "node" ? store.state.selected.id : null;
    const list = h("ul", { class: "node-list", attrs: { id: "node-list" } });
    nodes.slice(0, MAX_LISTED).forEach((n) => {
      const type = String(n.data("type"));
      const kind = n.data("kind") as string | null;
      const look = lookOf(type, kind);
      list.append(
        h(
          "li",
          null,
          h(
            "button",
            {
              class: n.id() === selected ? "link current" : "link",
              attrs: { type: "button", "aria-current": n.id() === selected ? "true" : undefined },
              dataset: { id: n.id() },
              on: {
                click: () =>
                  store.update((s) => {
                    s.selected = { kind: "node", id: n.id() };
                    s.panel = "details";
                  }),
                dblclick: () => explorer.expand(n.id()),
              },
            },
            swatch(look.colour, look.icon),
            String(n.data("label")),
            h(
              "span",
              { class: "muted" },
              ` ${type === "region" ? tMaybe("kind", kind) : tMaybe("type", type)}`,
            ),
          ),
        ),
      );
    });
    const hidden = store.state.hidden.length;
    const unhide =
      hidden > 0
        ? button(
            t("nodeList.showHidden", { n: hidden }),
            () => store.update((s) => void (s.hidden = []), { undoable: true }),
            {
              attrs: { id: "show-hidden" },
            },
          )
        : null;
    fill(
      root,
      h("h2", null, `${t("nodeList.title")} (${nodes.length})`),
      unhide,
      nodes.length > 0 ? list : empty(t("nodeList.empty")),
    );
  };
  explorer.onInfo(render);
  store.subscribe(() => render());
  onLanguageChange(() => render());
}
