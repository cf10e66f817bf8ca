/**
 * The graph's tools: fit, zoom, re-run layout, undo (also Ctrl+Z), share (the URL already is the view),
 * exports of what is visible (PNG, JSON, CSV of nodes and of edges, GraphML), the paths and add-article
 * panels, the overview, start over, and the language toggle.
 */
import { h } from "../dom.ts";
import { json, edgesCsv, graphml, nodesCsv } from "../export/formats.ts";
import { language, onLanguageChange, setLanguage, t, type MessageKey } from "../i18n/index.ts";
import { defaultViewState } from "../state/view-state.ts";
import type { PanelContext } from "./context.ts";

function download(name: string, content: string | Blob, type: string): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = h("a", { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
}

export function mountToolbar(root: HTMLElement, ctx: PanelContext): void {
  const { store, explorer } = ctx;
  const labelled: Array<[HTMLElement, MessageKey, MessageKey?]> = [];
  const tool = (key: MessageKey, action: () => void, hint?: MessageKey, id?: string) => {
    const b = h("button", { attrs: { type: "button", id }, on: { click: action } });
    labelled.push([b, key, hint]);
    return b;
  };

  const undo = tool("toolbar.undo", () => store.undo(), "toolbar.undoHint", "undo");
  const shareNote = h("span", { class: "share-note", attrs: { role: "status" } });
  const share = tool(
    "toolbar.share",
    () => {
      const url = store.shareUrl();
      const done = () => {
        shareNote.textContent = t("toolbar.shared");
        setTimeout(() => (shareNote.textContent = ""), 2500);
      };
      if (navigator.clipboard)
        navigator.clipboard.writeText(url).then(done, () => prompt(t("toolbar.shareFallback"), url));
      else prompt(t("toolbar.shareFallback"), url);
    },
    undefined,
    "share",
  );

  const exportItem = (key: MessageKey, run: () => void) => {
    const b = h("button", {
      attrs: { type: "button", role: "menuitem" },
      on: { click: () => (run(), (menu.open = false)) },
    });
    labelled.push([b, key]);
    return b;
  };
  const exportLabel = h("summary");
  labelled.push([exportLabel, "toolbar.export"]);
  const graph = () => explorer.visible();
  const menu = h(
    "details",
    { class: "menu" },
    exportLabel,
    h(
      "div",
      { class: "menu-items", attrs: { role: "menu" } },
      exportItem("toolbar.exportPng", () =>
        download(`jejaring-${stamp()}.png`, dataUrlToBlob(explorer.png()), "image/png"),
      ),
      exportItem("toolbar.exportJson", () =>
        download(`jejaring-${stamp()}.json`, json(graph(), { view: store.shareUrl() }), "application/json"),
      ),
      exportItem("toolbar.exportCsvNodes", () =>
        download(`jejaring-nodes-${stamp()}.csv`, nodesCsv(graph()), "text/csv"),
      ),
      exportItem("toolbar.exportCsvEdges", () =>
        download(`jejaring-edges-${stamp()}.csv`, edgesCsv(graph()), "text/csv"),
      ),
      exportItem("toolbar.exportGraphml", () =>
        download(`jejaring-${stamp()}.graphml`, graphml(graph()), "application/graphml+xml"),
      ),
    ),
  );

  const langButton = h("button", {
    attrs: { type: "button", id: "lang-toggle" },
    on: { click: () => store.update((s) => void (s.lang = s.lang === "id" ? "en" : "id")) },
  });

  root.append(
    h(
      "div",
      { class: "tool-group" },
      tool("toolbar.fit", () => explorer.fit()),
      tool("toolbar.zoomIn", () => explorer.zoom(1.25)),
      tool("toolbar.zoomOut", () => explorer.zoom(0.8)),
      tool("toolbar.layout", () => explorer.runLayout(false), undefined, "relayout"),
      undo,
    ),
    h(
      "div",
      { class: "tool-group" },
      tool("toolbar.overview", () => store.update((s) => void (s.panel = "overview"))),
      tool("toolbar.paths", () => store.update((s) => void (s.panel = "paths")), undefined, "open-paths"),
      tool("toolbar.addArticle", () => store.update((s) => void (s.panel = "add")), undefined, "open-add"),
      tool(
        "toolbar.addFromUrl",
        () => store.update((s) => void (s.panel = "add-url")),
        undefined,
        "open-add-url",
      ),
      tool("toolbar.reset", () =>
        store.update((s) => Object.assign(s, { ...defaultViewState(), lang: s.lang }), { undoable: true }),
      ),
    ),
    h("div", { class: "tool-group" }, share, menu, shareNote, langButton),
  );

  const translate = () => {
    for (const [element, key, hint] of labelled) {
      element.textContent = t(key);
      if (hint) element.title = t(hint);
    }
    langButton.textContent = t("lang.toggle");
    langButton.setAttribute("aria-label", t("lang.toggleLabel"));
    langButton.lang = language() === "id" ? "en" : "id";
  };
  translate();
  onLanguageChange(translate);

  const syncUndo = () => {
    undo.disabled = !store.canUndo;
    if (store.state.lang !== language()) setLanguage(store.state.lang);
  };
  syncUndo();
  store.subscribe(syncUndo);

  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    const typing =
      target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z" && !typing) {
      event.preventDefault();
      store.undo();
    }
  });
}

function dataUrlToBlob(dataUrl: string): Blob {
  const [head, body] = dataUrl.split(",", 2);
  const type = /data:([^;]+)/.exec(head ?? "")?.[1] ?? "image/png";
  const bytes = Uint8Array.from(atob(body ?? ""), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}
