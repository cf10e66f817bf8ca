/**
 * Filters: node types (each with its mark and how many are in view), event kinds, sectors, and one year range
 * (year-range.ts). Every change is undoable and applies to every panel: the network and its counts, the node
 * list, the overview's lists, the details' sections and the exports. Built once and updated in place, so
 * focus and scroll survive a change.
 */
import type { Stats } from "#schemas/stats.ts";
import type { EventKind, SectorId } from "#schemas/facts.ts";
import type { NodeType } from "#schemas/node.ts";
import { h } from "../dom.ts";
import { formatNumber, onLanguageChange, t, tMaybe } from "../i18n/index.ts";
import { nodeMark } from "../graph/shapes.ts";
import { lookOf } from "../graph/style.ts";
import {
  EVENT_KINDS,
  NODE_TYPES,
  SECTOR_IDS,
  defaultFilters,
  isDefaultFilters,
  type Filters,
} from "../state/filters.ts";
import type { PanelContext } from "./context.ts";
import { createYearRange } from "./year-range.ts";

/** Mounts the filters; answers the function that gives them the stats read again (the overview's retry). */
export function mountFilters(
  root: HTMLElement,
  ctx: PanelContext,
  stats: Promise<Stats | undefined>,
): (stats: Stats | undefined) => void {
  const { store, explorer } = ctx;
  let sectorNames = new Map<string, string>();
  const change = (mutate: (f: Filters) => void) => store.update((s) => mutate(s.filters), { undoable: true });

  function checkboxes<T extends string>(
    name: string,
    values: readonly T[],
    allMeansEmpty: boolean,
    read: (f: Filters) => readonly T[],
    write: (f: Filters, next: T[]) => void,
  ) {
    const group = h("div", { class: "checks", attrs: { role: "group" } });
    const boxes = new Map<T, { box: HTMLInputElement; text: HTMLElement; count: HTMLElement }>();
    for (const value of values) {
      const box = h("input", { attrs: { type: "checkbox", name, value, id: `filter-${name}-${value}` } });
      box.addEventListener("change", () => {
        const now = values.filter((v) => boxes.get(v)!.box.checked);
        change((f) => write(f, allMeansEmpty && now.length === values.length ? [] : now));
      });
      const text = h("span");
      const count = h("span", { class: "count" });
      const mark =
        name === "types" ? nodeMark(lookOf(value, value === "region" ? "regency" : null), 14) : null;
      group.append(h("label", { class: "check", attrs: { for: box.id } }, box, mark, text, count));
      boxes.set(value, { box, text, count });
    }
    const sync = (f: Filters) => {
      const chosen = read(f);
      for (const [value, { box }] of boxes)
        box.checked = allMeansEmpty ? chosen.length === 0 || chosen.includes(value) : chosen.includes(value);
    };
    return { group, boxes, sync };
  }

  const types = checkboxes<NodeType>(
    "types",
    NODE_TYPES,
    false,
    (f) => f.types,
    (f, next) => void (f.types = next),
  );
  const kinds = checkboxes<EventKind>(
    "kinds",
    EVENT_KINDS,
    true,
    (f) => f.kinds,
    (f, next) => void (f.kinds = next),
  );

  // Sectors: none ticked means every sector, as the API reads it.
  const sectors = checkboxes<SectorId>(
    "sectors",
    SECTOR_IDS,
    false,
    (f) => f.sectors,
    (f, next) => void (f.sectors = next),
  );
  sectors.group.classList.add("scroll-checks");
  sectors.group.id = "filter-sectors";

  const years = createYearRange((from, to) =>
    change((f) => {
      f.from = from;
      f.to = to;
    }),
  );

  const title = h("h2", { attrs: { id: "filters-title" } });
  const legends = {
    types: h("legend"),
    years: h("legend"),
    kinds: h("legend"),
    sectors: h("legend"),
  };
  const sectorsNote = h("p", { class: "hint", attrs: { id: "filter-sectors-hint" } });
  const reset = h("button", {
    class: "btn btn-quiet",
    attrs: { type: "button", id: "filters-reset" },
    on: { click: () => change((f) => Object.assign(f, defaultFilters())) },
  });
  const active = h("p", { class: "filters-active", attrs: { id: "filters-active", role: "status" } });

  root.replaceChildren(
    h("div", { class: "panel-head" }, title, reset),
    active,
    h("fieldset", { class: "years" }, legends.years, years.output, years.root),
    h("fieldset", null, legends.types, types.group),
    h("fieldset", null, legends.kinds, kinds.group),
    h("fieldset", null, legends.sectors, sectorsNote, sectors.group),
  );
  root.setAttribute("aria-labelledby", "filters-title");

  const translate = () => {
    title.textContent = t("filters.title");
    legends.types.textContent = t("filters.types");
    legends.years.textContent = t("filters.years");
    legends.kinds.textContent = t("filters.kinds");
    legends.sectors.textContent = t("filters.sectors");
    sectorsNote.textContent = t("filters.sectorsHint");
    reset.textContent = t("filters.reset");
    for (const [type, { text }] of types.boxes) text.textContent = t(`type.${type}`);
    for (const [kind, { text }] of kinds.boxes) text.textContent = tMaybe("event", kind);
    for (const [id, { text }] of sectors.boxes) text.textContent = sectorNames.get(id) ?? id;
    years.translate();
    sync();
  };

  const sync = () => {
    const f = store.state.filters;
    types.sync(f);
    kinds.sync(f);
    sectors.sync(f);
    years.setValue(f.from, f.to);
    reset.disabled = isDefaultFilters(f);
    active.textContent = isDefaultFilters(f) ? "" : t("filters.activeNote");
  };

  // How many of each type the view holds, beside its box: a type with none in view says so.
  const counts = () => {
    const inView = new Map<string, number>();
    explorer.cy.nodes().forEach((n) => {
      const type = String(n.data("type"));
      inView.set(type, (inView.get(type) ?? 0) + 1);
    });
    for (const [type, { count }] of types.boxes) {
      const n = inView.get(type) ?? 0;
      count.textContent = formatNumber(n);
      count.title = t("filters.inView", { n });
    }
  };
  explorer.onInfo((info) => info.phase !== "loading" && counts());

  translate();
  const useStats = (s: Stats | undefined) => {
    if (!s) return years.setFailed();
    years.setYears(s.years);
    sectorNames = new Map(s.sectors.map((x) => [x.id, x.name]));
    translate();
  };
  void stats.then(useStats);
  onLanguageChange(translate);
  let last = JSON.stringify(store.state.filters);
  store.subscribe((state) => {
    const now = JSON.stringify(state.filters);
    if (now !== last) {
      last = now;
      sync();
    }
  });
  return useStats;
}
