/**
 * What floats on the network: the map-like controls (fit, zoom, layout, start over), a tooltip with a node's
 * full name and kind (on hover, and on keyboard focus in the node list, so a shortened or hidden label is
 * always readable), the bar of bulk actions for a multi-selection, and the context menu of a node (right
 * click, long press, or the ContextMenu key / Shift+F10 on a node in the list).
 */
import { button, h, iconButton, relabel } from "../dom.ts";
import { formatNumber, onLanguageChange, t, tMaybe } from "../i18n/index.ts";
import { icon } from "../icons.ts";
import { defaultViewState } from "../state/view-state.ts";
import type { PanelContext } from "./context.ts";
import { nodeMenuItems } from "./node-menu.ts";
import { popupMenu } from "./menu.ts";

export function mountCanvasControls(root: HTMLElement, ctx: PanelContext): void {
  const { explorer, store } = ctx;
  const items: Array<[HTMLButtonElement, () => string]> = [];
  const control = (name: Parameters<typeof icon>[0], label: () => string, run: () => void, id: string) => {
    const b = iconButton(icon(name), label(), run, { compact: true, attrs: { id } });
    items.push([b, label]);
    return b;
  };
  root.append(
    control(
      "zoomIn",
      () => t("toolbar.zoomIn"),
      () => explorer.zoom(1.25),
      "zoom-in",
    ),
    control(
      "zoomOut",
      () => t("toolbar.zoomOut"),
      () => explorer.zoom(0.8),
      "zoom-out",
    ),
    control(
      "fit",
      () => t("toolbar.fit"),
      () => explorer.fit(),
      "fit",
    ),
    control(
      "layout",
      () => t("toolbar.layout"),
      () => explorer.runLayout(true),
      "relayout",
    ),
    control(
      "reset",
      () => t("toolbar.reset"),
      () =>
        store.update((s) => Object.assign(s, { ...defaultViewState(), lang: s.lang }), { undoable: true }),
      "start-over",
    ),
  );
  const translate = () => {
    for (const [b, label] of items) relabel(b, label());
    root.setAttribute("aria-label", t("toolbar.canvas"));
  };
  root.setAttribute("role", "toolbar");
  translate();
  onLanguageChange(translate);
}

export function mountTooltip(host: HTMLElement, ctx: PanelContext): (id: string | null) => void {
  const tip = h("div", { class: "node-tooltip", attrs: { role: "tooltip", id: "node-tooltip" } });
  tip.hidden = true;
  host.append(tip);
  const show = (id: string | null, at?: { x: number; y: number }) => {
    const node = id ? ctx.explorer.cy.getElementById(id) : null;
    if (!node || node.empty()) {
      tip.hidden = true;
      return;
    }
    const type = String(node.data("type"));
    const kind = node.data("kind") as string | null;
    const events = node.data("events") as number | null;
    tip.replaceChildren(
      ...[
        h("strong", null, String(node.data("label"))),
        h(
          "span",
          null,
          type === "region"
            ? tMaybe("kind", kind)
            : type === "event"
              ? tMaybe("event", kind)
              : tMaybe("type", type),
        ),
        events !== null && events !== undefined
          ? h("span", null, t("details.eventCount", { n: formatNumber(events) }))
          : null,
      ].filter((x): x is HTMLElement => x !== null),
    );
    const p = at ?? node.renderedPosition();
    const r = node.renderedOuterWidth() / 2;
    tip.hidden = false;
    const width = tip.offsetWidth;
    tip.style.left = `${Math.max(4, Math.min(p.x - width / 2, host.clientWidth - width - 4))}px`;
    tip.style.top = `${Math.max(4, p.y - r - tip.offsetHeight - 8)}px`;
  };
  ctx.explorer.onCanvas((event) => {
    if (event.kind === "hover") show(event.id);
    if (event.kind === "menu") show(null);
  });
  ctx.explorer.cy.on("viewport", () => (tip.hidden = true));
  return (id) => show(id);
}

export function mountSelectionBar(root: HTMLElement, ctx: PanelContext): void {
  const { explorer, actions } = ctx;
  const render = (ids: string[]) => {
    root.hidden = ids.length < 2;
    if (ids.length < 2) return;
    const pinned = ids.every((id) => actions.isPinned(id));
    root.replaceChildren(
      h(
        "span",
        { class: "selection-count", attrs: { id: "selection-count" } },
        t("selection.count", { n: ids.length }),
      ),
      iconButton(icon("expand", 16), t("actions.expand"), () => actions.expandMany(ids), {
        attrs: { id: "bulk-expand" },
      }),
      iconButton(icon("hide", 16), t("actions.hide"), () => actions.hideMany(ids), {
        attrs: { id: "bulk-hide" },
      }),
      iconButton(
        icon("pin", 16),
        pinned ? t("actions.unpin") : t("actions.pin"),
        () => actions.pinMany(ids, !pinned),
        { attrs: { id: "bulk-pin" } },
      ),
      button(t("selection.clear"), () => explorer.cy.nodes().unselect(), {
        class: "btn btn-quiet",
        attrs: { id: "bulk-clear" },
      }),
    );
  };
  root.hidden = true;
  root.setAttribute("role", "toolbar");
  explorer.onCanvas((event) => {
    if (event.kind === "selection") render(event.ids);
  });
  ctx.store.subscribe(() => queueMicrotask(() => render(explorer.selectedIds())));
  onLanguageChange(() => render(explorer.selectedIds()));
}

/** Opens the context menu of `id` (and of the multi-selection, when `id` is in it) at a point of `host`. */
export function mountContextMenu(
  host: HTMLElement,
  ctx: PanelContext,
): (id: string, x: number, y: number, opener: HTMLElement | null) => void {
  const open = (id: string, x: number, y: number, opener: HTMLElement | null) => {
    const selection = ctx.explorer.selectedIds();
    const ids = selection.includes(id) && selection.length > 1 ? selection : [id];
    const title = ids.length > 1 ? t("selection.count", { n: ids.length }) : ctx.explorer.label(id);
    popupMenu(
      host,
      x,
      y,
      nodeMenuItems(ids, ctx),
      opener ?? (host.querySelector("#graph") as HTMLElement | null),
      title,
    );
  };
  ctx.explorer.onCanvas((event) => {
    if (event.kind === "menu") open(event.id, event.x, event.y, null);
  });
  return open;
}
