/**
 * The phone's way to the filters: a "Penyaring" button on the network (with the number of active filters)
 * opens the filters and the node list as a drawer over the network, closed by its button, Escape, or a tap
 * on "Lihat jaringan". On wider screens the drawer is the left column and this bar is not shown.
 */
import { h, iconButton, relabel } from "../dom.ts";
import { onLanguageChange, t } from "../i18n/index.ts";
import { icon } from "../icons.ts";
import { EVENT_KINDS, NODE_TYPES } from "../state/filters.ts";
import type { PanelContext } from "./context.ts";

function activeFilters(ctx: PanelContext): number {
  const f = ctx.store.state.filters;
  return (
    Number(f.types.length !== NODE_TYPES.length) +
    Number(f.kinds.length > 0 && f.kinds.length < EVENT_KINDS.length) +
    Number(f.sectors.length > 0) +
    Number(f.from !== null || f.to !== null)
  );
}

export function mountPhoneBar(
  bar: HTMLElement,
  drawer: HTMLElement,
  head: HTMLElement,
  ctx: PanelContext,
): void {
  const badge = h("span", { class: "badge", attrs: { id: "filters-badge" } });
  const open = iconButton(icon("filter"), t("filters.title"), () => setOpen(true), {
    attrs: { id: "open-filters", "aria-controls": "left", "aria-expanded": "false" },
  });
  open.append(badge);
  const close = iconButton(icon("close"), t("filters.showNetwork"), () => setOpen(false), {
    attrs: { id: "close-filters" },
  });
  bar.append(open);
  head.append(close);

  const setOpen = (value: boolean) => {
    document.body.classList.toggle("drawer-open", value);
    open.setAttribute("aria-expanded", String(value));
    if (value) close.focus();
    else if (document.activeElement && drawer.contains(document.activeElement)) open.focus();
  };
  drawer.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && document.body.classList.contains("drawer-open")) setOpen(false);
  });
  // Choosing a node in the list shows it on the network.
  drawer.addEventListener("click", (event) => {
    if ((event.target as HTMLElement).closest(".node-item")) setOpen(false);
  });

  const sync = () => {
    const n = activeFilters(ctx);
    badge.textContent = n > 0 ? String(n) : "";
    badge.hidden = n === 0;
    badge.setAttribute("aria-label", t("filters.activeCount", { n }));
  };
  const translate = () => {
    relabel(open, t("filters.title"));
    relabel(close, t("filters.showNetwork"));
    sync();
  };
  ctx.store.subscribe(sync);
  onLanguageChange(translate);
  translate();
}
