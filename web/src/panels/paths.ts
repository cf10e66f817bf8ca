/**
 * Paths: pick two nodes (the selection, or "path from / to here" in the details); the search starts as soon
 * as both ends are chosen. The shortest connections go over partnerships; a checkbox also allows hops
 * through officials, programmes and organisations. The paths are highlighted in the graph (the rest faded)
 * and listed in order; choosing one in the list draws it above the others.
 */
import { button, h } from "../dom.ts";
import { fitFocusOnPhone } from "../graph/focus-view.ts";
import { t } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { knownLabel, nodeLabel } from "./labels.ts";
import { empty, loading, swatch } from "./messages.ts";

const MAX_LENGTH = 6;

/** The ends and option chosen; the state's `path` holds the search asked for. */
const draft: { from: string | null; to: string | null; via: boolean } = { from: null, to: null, via: false };
/** The path chosen in the list (its index), drawn above the others. */
let chosen: number | null = null;

/** Asks for the paths when both ends are chosen and differ from what was asked. */
function search(ctx: PanelContext): void {
  const { from, to, via } = draft;
  if (!from || !to) return;
  const asked = ctx.store.state.path;
  if (asked && asked.from === from && asked.to === to && Boolean(asked.via) === via) return;
  chosen = null;
  ctx.store.update((s) => void (s.path = via ? { from, to, via } : { from, to }), { undoable: true });
}

export function choosePathEnd(which: "from" | "to", id: string, ctx: PanelContext): void {
  draft[which] = id;
  ctx.store.update((s) => void (s.panel = "paths"));
  search(ctx);
  ctx.rerenderSide?.();
}

/** An end's name: the drawn label, else read from the API (a link may name an end the network lacks). */
function endName(id: string | null, ctx: PanelContext, into: HTMLElement): HTMLElement {
  if (!id) return (into.append(t("paths.unset")), into);
  const now = knownLabel(id, ctx);
  if (now !== null) return (into.append(now), into);
  into.append(t("status.loading"));
  void nodeLabel(id, ctx).then((name) => (into.textContent = name ?? t("paths.unknownEnd")));
  return into;
}

/** One step of a path: its mark and name, as the network draws it. */
function step(id: string, ctx: PanelContext): HTMLElement {
  const node = ctx.explorer.cy.getElementById(id);
  const type = node.nonempty() ? String(node.data("type")) : "region";
  const kind = node.nonempty() ? ((node.data("kind") as string | null) ?? null) : null;
  return h(
    "span",
    { class: `path-step path-step-${type}` },
    swatch(type, kind, 12),
    knownLabel(id, ctx) ?? t("paths.unknownEnd"),
  );
}

export function renderPaths(root: HTMLElement, ctx: PanelContext): void {
  const { store, explorer } = ctx;
  const asked = store.state.path;
  if (asked && draft.from === null && draft.to === null)
    Object.assign(draft, { from: asked.from, to: asked.to, via: Boolean(asked.via) });
  const selected = store.state.selected?.kind === "node" ? store.state.selected.id : null;
  const end = (which: "from" | "to") =>
    h(
      "div",
      { class: "path-end" },
      h("span", { class: "path-end-label" }, `${t(which === "from" ? "paths.from" : "paths.to")}: `),
      endName(draft[which], ctx, h("strong", { class: "path-end-name", attrs: { id: `path-${which}` } })),
      button(t("paths.useSelection"), () => selected && choosePathEnd(which, selected, ctx), {
        class: "btn btn-small",
        attrs: selected ? { id: `path-use-${which}` } : { id: `path-use-${which}`, disabled: "" },
      }),
    );
  const via = h("input", { attrs: { type: "checkbox", id: "path-via" } }) as HTMLInputElement;
  via.checked = draft.via;
  via.addEventListener("change", () => {
    draft.via = via.checked;
    search(ctx);
  });
  const option = h(
    "div",
    { class: "path-option" },
    h("label", { attrs: { for: "path-via" } }, via, " ", t("paths.via")),
    h("p", { class: "note" }, t("paths.viaHint")),
  );
  const clear = button(
    t("paths.clear"),
    () => {
      draft.from = draft.to = null;
      chosen = null;
      store.update((s) => void (s.path = null), { undoable: true });
      ctx.rerenderSide?.();
    },
    { class: "btn", attrs: { id: "path-clear" } },
  );
  const result = h("div", { class: "path-result", attrs: { id: "path-result", role: "status" } });
  const info = explorer.info;
  if (asked) {
    if (info.phase === "loading") result.append(loading(t("status.loading")));
    else if (!info.path || info.path.length === null)
      result.append(empty(t("paths.none", { max: MAX_LENGTH })));
    else {
      const paths = info.path.paths;
      if (chosen !== null && chosen >= paths.length) chosen = null;
      result.append(h("p", null, t("paths.found", { count: paths.length, length: info.path.length })));
      const list = h("ol", { class: "paths", attrs: { id: "path-list" } });
      const choose = (index: number | null) => {
        chosen = index;
        explorer.choosePath(index);
        fitFocusOnPhone(explorer.cy, store.state);
        list.querySelectorAll("button.path-item").forEach((item, i) => {
          item.setAttribute("aria-pressed", String(i === index));
        });
      };
      paths.forEach((p, i) => {
        const item = button("", () => choose(i), {
          class: "path-item",
          attrs: { "aria-pressed": String(i === chosen), title: t("paths.choose", { n: i + 1 }) },
        });
        item.append(...p.nodes.flatMap((id, k) => (k > 0 ? [" → ", step(id, ctx)] : [step(id, ctx)])));
        list.append(h("li", null, item));
      });
      result.append(list);
      if (paths.length > 1)
        result.append(button(t("paths.showAll"), () => choose(null), { class: "btn btn-small" }));
      if (info.path.truncated) result.append(h("p", { class: "note" }, t("paths.truncated")));
      if (chosen !== null) explorer.choosePath(chosen);
    }
  }
  root.replaceChildren(
    h("h2", null, t("paths.title")),
    h("p", { class: "panel-sub" }, t("paths.pick")),
    end("from"),
    end("to"),
    option,
    h("div", { class: "actions" }, clear),
    result,
  );
}
