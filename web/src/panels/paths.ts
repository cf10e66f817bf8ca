/**
 * Paths: pick two nodes (the selection, or "path from / to here" in the details), ask for the shortest
 * connections, and see them highlighted in the graph (the rest faded) with each path listed in order.
 */
import { button, h } from "../dom.ts";
import { t } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { empty, loading } from "./messages.ts";

const MAX_LENGTH = 6;

/** The ends chosen before the path is asked for; the state's `path` holds the one asked for. */
const draft: { from: string | null; to: string | null } = { from: null, to: null };

export function choosePathEnd(which: "from" | "to", id: string, ctx: PanelContext): void {
  draft[which] = id;
  ctx.store.update((s) => void (s.panel = "paths"));
  ctx.rerenderSide?.();
}

function labelOf(id: string | null, ctx: PanelContext): string {
  if (!id) return t("paths.unset");
  const node = ctx.explorer.cy.getElementById(id);
  return node.nonempty() ? String(node.data("label")) : id;
}

export function renderPaths(root: HTMLElement, ctx: PanelContext): void {
  const { store, explorer } = ctx;
  const asked = store.state.path;
  if (asked && draft.from === null && draft.to === null) Object.assign(draft, asked);
  const selected = store.state.selected?.kind === "node" ? store.state.selected.id : null;
  const end = (which: "from" | "to") =>
    h(
      "div",
      { class: "path-end" },
      h("span", { class: "path-end-label" }, `${t(which === "from" ? "paths.from" : "paths.to")}: `),
      h("strong", { attrs: { id: `path-${which}` } }, labelOf(draft[which], ctx)),
      " ",
      button(t("paths.useSelection"), () => selected && choosePathEnd(which, selected, ctx), {
        class: "btn btn-small",
        attrs: selected ? { id: `path-use-${which}` } : { id: `path-use-${which}`, disabled: "" },
      }),
    );
  const find = button(
    t("paths.find"),
    () => {
      if (draft.from && draft.to)
        store.update((s) => void (s.path = { from: draft.from!, to: draft.to! }), { undoable: true });
    },
    {
      class: "btn btn-primary",
      attrs: draft.from && draft.to ? { id: "path-find" } : { id: "path-find", disabled: "" },
    },
  );
  const clear = button(
    t("paths.clear"),
    () => {
      draft.from = draft.to = null;
      store.update((s) => void (s.path = null), { undoable: true });
      ctx.rerenderSide?.();
    },
    { class: "btn" },
  );
  const result = h("div", { class: "path-result", attrs: { id: "path-result", role: "status" } });
  const info = explorer.info;
  if (asked) {
    if (info.phase === "loading") result.append(loading(t("status.loading")));
    else if (!info.path || info.path.length === null)
      result.append(empty(t("paths.none", { max: MAX_LENGTH })));
    else {
      result.append(
        h("p", null, t("paths.found", { count: info.path.paths.length, length: info.path.length })),
      );
      const ol = h("ol", { class: "paths" });
      for (const p of info.path.paths)
        ol.append(h("li", null, p.nodes.map((id) => labelOf(id, ctx)).join(" → ")));
      result.append(ol);
      if (info.path.truncated) result.append(h("p", { class: "note" }, t("paths.truncated")));
    }
  }
  root.replaceChildren(
    h("h2", null, t("paths.title")),
    h("p", { class: "panel-sub" }, t("paths.pick")),
    end("from"),
    end("to"),
    h("div", { class: "actions" }, find, clear),
    result,
  );
}
