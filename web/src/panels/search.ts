/**
 * Search with autocomplete, as an ARIA combobox: type, see results grouped by kind (regions, programmes,
 * sectors, organisations, officials, events) with their mark, where the query matched highlighted (the API
 * says where, typos included) and a context (province, office, a date in the UI's format), move with ↑/↓,
 * choose with Enter or a click, close with Escape. A query too short to search (the API's own rule, shared
 * through the schema) asks for more letters instead of saying "no results", before any request. A choice
 * opens the node: it is selected, centred, and its neighbourhood is drawn. Requests are debounced and the
 * previous one aborted, so a fast typist never sees stale results.
 */
import {
  isTooShortQuery,
  SEARCH_GROUP_ORDER,
  SEARCH_MIN_LETTERS,
  type SearchResult,
} from "#schemas/search.ts";
import { ApiFailure, api } from "../api/client.ts";
import { h, markedText } from "../dom.ts";
import { formatDate, onLanguageChange, t, tMaybe } from "../i18n/index.ts";
import { icon } from "../icons.ts";
import type { PanelContext } from "./context.ts";
import { failureMessage, swatch } from "./messages.ts";

const DEBOUNCE_MS = 180;

/**
 * Results grouped by type in the API's order (SEARCH_GROUP_ORDER), keeping its ranking within a group: the
 * API answers so already; this keeps the groups whole should an answer come otherwise.
 */
export function groupResults(results: readonly SearchResult[]): SearchResult[] {
  const rank = (type: SearchResult["type"]) => SEARCH_GROUP_ORDER.indexOf(type);
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r.type) - rank(b.r.type) || a.i - b.i)
    .map(({ r }) => r);
}

/** A context that is an ISO date ("2018-04-09") is shown in the UI's date format. */
function contextText(context: string): string {
  return /^\d{4}-\d{2}(-\d{2})?$/.test(context) ? formatDate(context) : context;
}

export function mountSearch(root: HTMLElement, ctx: PanelContext): { focus(): void } {
  const label = h("label", { class: "visually-hidden", attrs: { for: "search-input" } });
  const input = h("input", {
    attrs: {
      id: "search-input",
      type: "search",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": "search-results",
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = h("ul", { attrs: { id: "search-results", role: "listbox" }, class: "search-results" });
  list.hidden = true;
  root.append(
    label,
    h("span", { class: "search-icon", attrs: { "aria-hidden": "true" } }, icon("search", 16)),
    input,
    list,
  );

  let results: SearchResult[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const translate = () => {
    label.textContent = t("search.label");
    input.placeholder = t("search.placeholder");
    input.setAttribute("aria-label", t("search.label"));
  };
  translate();
  onLanguageChange(() => {
    translate();
    if (!list.hidden) renderResults();
  });

  function close(): void {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function showMessage(text: string): void {
    list.replaceChildren(h("li", { class: "search-message", attrs: { role: "presentation" } }, text));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function renderResults(): void {
    if (results.length === 0) {
      showMessage(t("search.none", { q: input.value.trim() }));
      return;
    }
    const rows: HTMLElement[] = [];
    results.forEach((result, i) => {
      if (i === 0 || results[i - 1]!.type !== result.type)
        rows.push(
          h(
            "li",
            { class: "search-group", attrs: { role: "presentation" } },
            t(`search.group.${result.type}` as never),
          ),
        );
      rows.push(option(result, i));
    });
    list.replaceChildren(...rows);
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  }

  function option(result: SearchResult, i: number): HTMLElement {
    const kind =
      result.type === "region"
        ? tMaybe("kind", result.kind)
        : result.type === "event"
          ? tMaybe("event", result.kind)
          : tMaybe("type", result.type);
    const item = h(
      "li",
      {
        class: i === active ? "search-result active" : "search-result",
        attrs: { id: `search-option-${i}`, role: "option", "aria-selected": String(i === active) },
        dataset: { id: result.id, type: result.type },
        on: {
          mousedown: (event) => event.preventDefault(),
          click: () => choose(i),
        },
      },
      swatch(result.type, result.kind),
      h("span", { class: "result-label" }, ...markedText(result.label, result.highlights)),
      h("span", { class: "result-kind" }, kind),
      result.context ? h("span", { class: "result-context" }, contextText(result.context)) : null,
    );
    return item;
  }

  function choose(i: number): void {
    const result = results[i];
    if (!result) return;
    close();
    input.value = result.label;
    ctx.actions.open(result.id);
  }

  async function run(q: string): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    showMessage(t("search.loading"));
    try {
      const response = await api.search(q, controller.signal);
      if (input.value.trim() !== q) return;
      if (response.tooShort) {
        results = [];
        showMessage(t("search.tooShort", { n: response.minLetters }));
        return;
      }
      results = groupResults(response.results);
      active = results.length > 0 ? 0 : -1;
      renderResults();
    } catch (error) {
      if (error instanceof ApiFailure && error.kind === "aborted") return;
      showMessage(t("search.error", { message: failureMessage(error) }));
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length === 0) {
      close();
      return;
    }
    if (isTooShortQuery(q)) {
      controller?.abort();
      results = [];
      showMessage(t("search.tooShort", { n: SEARCH_MIN_LETTERS }));
      return;
    }
    timer = setTimeout(() => void run(q.slice(0, 200)), DEBOUNCE_MS);
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + results.length) % results.length;
      renderResults();
      document.getElementById(`search-option-${active}`)?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!list.hidden && active >= 0) choose(active);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));

  return { focus: () => input.focus() };
}
