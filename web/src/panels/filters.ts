/**
 * Filters: node types (with their colours), event kinds, sectors, and a year range set with two sliders over
 * a histogram of events per year (from /api/stats). Every change is undoable and updates the graph in place.
 */
import type { Stats } from "#schemas/stats.ts";
import type { EventKind, SectorId } from "#schemas/facts.ts";
import type { NodeType } from "#schemas/node.ts";
import { h } from "../dom.ts";
import { onLanguageChange, t, tMaybe } from "../i18n/index.ts";
import { lookOf } from "../graph/style.ts";
import {
  EVENT_KINDS,
  NODE_TYPES,
  SECTOR_IDS,
  defaultFilters,
  yearHistogram,
  type Filters,
} from "../state/filters.ts";
import type { PanelContext } from "./context.ts";
import { swatch } from "./messages.ts";

export function mountFilters(root: HTMLElement, ctx: PanelContext, stats: Promise<Stats | undefined>): void {
  const { store } = ctx;
  let years: { year: number; count: number }[] = [];
  let sectorNames = new Map<string, string>();

  const change = (mutate: (f: Filters) => void) => store.update((s) => mutate(s.filters), { undoable: true });

  function checkboxGroup<T extends string>(
    name: string,
    values: readonly T[],
    chosen: readonly T[],
    allMeansEmpty: boolean,
    label: (v: T) => Node[],
    set: (next: T[]) => void,
  ): HTMLElement {
    const group = h("div", { class: "checks", attrs: { role: "group" } });
    for (const value of values) {
      const checked = allMeansEmpty ? chosen.length === 0 || chosen.includes(value) : chosen.includes(value);
      const box = h("input", { attrs: { type: "checkbox", name, value } });
      box.checked = checked;
      box.addEventListener("change", () => {
        const now = [...group.querySelectorAll<HTMLInputElement>("input:checked")].map((b) => b.value as T);
        set(allMeansEmpty && now.length === values.length ? [] : now);
      });
      group.append(h("label", { class: "check" }, box, ...label(value)));
    }
    return group;
  }

  function render(): void {
    const f = store.state.filters;
    const first = years[0]?.year ?? 2010;
    const last = years.at(-1)?.year ?? new Date().getFullYear();
    const from = f.from ?? first;
    const to = f.to ?? last;

    const types = checkboxGroup<NodeType>(
      "types",
      NODE_TYPES,
      f.types,
      false,
      (type) => {
        const look = lookOf(type, null);
        return [swatch(look.colour, look.icon), document.createTextNode(t(`type.${type}`))];
      },
      (next) => change((filters) => void (filters.types = next)),
    );
    const kinds = checkboxGroup<EventKind>(
      "kinds",
      EVENT_KINDS,
      f.kinds,
      true,
      (kind) => [document.createTextNode(tMaybe("event", kind))],
      (next) => change((filters) => void (filters.kinds = next)),
    );

    const sectors = h("select", {
      attrs: { id: "filter-sectors", multiple: "", size: "6", "aria-label": t("filters.sectors") },
    });
    for (const id of SECTOR_IDS) {
      const option = h("option", { attrs: { value: id } }, sectorNames.get(id) ?? id);
      option.selected = f.sectors.includes(id);
      sectors.append(option);
    }
    sectors.addEventListener("change", () => {
      const next = [...sectors.selectedOptions].map((o) => o.value as SectorId);
      change((filters) => void (filters.sectors = next));
    });

    const histogram = h("div", {
      class: "histogram",
      attrs: { role: "img", "aria-label": t("filters.histogram") },
    });
    for (const bar of yearHistogram(years, { ...defaultFilters(), from, to })) {
      const column = h("span", {
        class: bar.inRange ? "bar in" : "bar",
        attrs: { title: `${bar.year}: ${bar.count}` },
      });
      column.style.height = `${Math.max(4, Math.round(bar.height * 100))}%`;
      histogram.append(column);
    }

    const slider = (id: string, key: "from" | "to", value: number) => {
      const input = h("input", {
        attrs: { id, type: "range", min: String(first), max: String(last), step: "1", value: String(value) },
      });
      input.value = String(value);
      input.setAttribute("aria-label", t(key === "from" ? "filters.from" : "filters.to"));
      input.addEventListener("input", () => (output.textContent = t("filters.yearsValue", valueOfSliders())));
      input.addEventListener("change", () => {
        const { from: a, to: b } = valueOfSliders();
        change((filters) => {
          filters.from = a === first ? null : Math.min(a, b);
          filters.to = b === last ? null : Math.max(a, b);
        });
      });
      return input;
    };
    const fromSlider = slider("year-from", "from", from);
    const toSlider = slider("year-to", "to", to);
    const valueOfSliders = () => {
      const a = Number(fromSlider.value);
      const b = Number(toSlider.value);
      return { from: Math.min(a, b), to: Math.max(a, b) };
    };
    const output = h(
      "output",
      { attrs: { id: "year-range-value", for: "year-from year-to" } },
      t("filters.yearsValue", { from, to }),
    );

    root.replaceChildren(
      h("h2", null, t("filters.title")),
      h("fieldset", null, h("legend", null, t("filters.types")), types),
      h(
        "fieldset",
        { class: "years" },
        h("legend", null, t("filters.years"), " ", output),
        histogram,
        h("label", { class: "visually-hidden", attrs: { for: "year-from" } }, t("filters.from")),
        fromSlider,
        h("label", { class: "visually-hidden", attrs: { for: "year-to" } }, t("filters.to")),
        toSlider,
      ),
      h("fieldset", null, h("legend", null, t("filters.kinds")), kinds),
      h(
        "fieldset",
        null,
        h("legend", null, h("label", { attrs: { for: "filter-sectors" } }, t("filters.sectors"))),
        sectors,
      ),
      h(
        "button",
        {
          attrs: { type: "button", id: "filters-reset" },
          on: { click: () => change((filters) => Object.assign(filters, defaultFilters())) },
        },
        t("filters.reset"),
      ),
    );
  }

  render();
  void stats.then((s) => {
    if (!s) return;
    years = [...s.years].sort((a, b) => a.year - b.year);
    sectorNames = new Map(s.sectors.map((x) => [x.id, x.name]));
    render();
  });
  onLanguageChange(render);
  let last = JSON.stringify(store.state.filters);
  store.subscribe((state) => {
    const now = JSON.stringify(state.filters);
    if (now !== last) {
      last = now;
      render();
    }
  });
}
