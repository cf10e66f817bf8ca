/**
 * The tools, grouped: history (undo, redo; also Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y), panels (overview, paths,
 * saved views),
 * data (add an article; a group that takes more sources), share and export, and the language. On a phone the
 * groups fold into one "Menu" button. The canvas's own controls (fit, zoom, layout, start over) float on the
 * network (canvas-controls.ts).
 */
import { h, iconButton, relabel } from "../dom.ts";
import { exportTo, type ExportFormat } from "../export/download.ts";
import { icon } from "../icons.ts";
import { language, onLanguageChange, setLanguage, t, type MessageKey } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { disclosureMenu } from "./menu.ts";

const EXPORTS: Array<[ExportFormat, MessageKey]> = [
  ["png", "toolbar.exportPng"],
  ["json", "toolbar.exportJson"],
  ["csv-nodes", "toolbar.exportCsvNodes"],
  ["csv-edges", "toolbar.exportCsvEdges"],
  ["graphml", "toolbar.exportGraphml"],
];

export function mountToolbar(root: HTMLElement, ctx: PanelContext): void {
  const { store } = ctx;
  const translations: Array<() => void> = [];
  const tool = (
    name: Parameters<typeof icon>[0],
    key: MessageKey,
    action: () => void,
    id: string,
    compact = false,
  ) => {
    const b = iconButton(icon(name), t(key), action, { attrs: { id }, compact });
    translations.push(() => relabel(b, t(key)));
    return b;
  };
  const group = (key: MessageKey, id: string, ...items: HTMLElement[]) => {
    const g = h("div", { class: "tool-group", attrs: { role: "group", id } }, ...items);
    translations.push(() => g.setAttribute("aria-label", t(key)));
    return g;
  };

  const undo = tool("undo", "toolbar.undoHint", () => store.undo(), "undo", true);
  const redo = tool("redo", "toolbar.redoHint", () => store.redo(), "redo", true);

  const shareNote = h("span", { class: "share-note", attrs: { role: "status", id: "share-note" } });
  const share = tool(
    "share",
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
    "share",
  );

  const exportStatus = h("span", { class: "share-note", attrs: { role: "status", id: "export-note" } });
  const exportMenu = disclosureMenu({
    id: "export-menu",
    icon: "download",
    label: () => t("toolbar.export"),
    items: () =>
      EXPORTS.map(([format, key]) => ({
        label: t(key),
        run: () => {
          exportStatus.textContent = t("toolbar.exporting");
          void exportTo(format, ctx).then(
            () => (exportStatus.textContent = ""),
            () => (exportStatus.textContent = t("toolbar.exportFailed")),
          );
        },
      })),
  });
  translations.push(exportMenu.translate);

  const langButton = h("button", {
    class: "btn",
    attrs: { type: "button", id: "lang-toggle" },
    on: { click: () => store.update((s) => void (s.lang = s.lang === "id" ? "en" : "id")) },
  });

  // A short word keeps the tools on one row at 1,440 px; the button's name and tooltip say it in full.
  const savedViews = tool(
    "bookmark",
    "toolbar.savedViews",
    () => store.update((s) => void (s.panel = "views")),
    "open-views",
  );
  translations.push(() => {
    savedViews.title = t("toolbar.savedViewsHint");
    savedViews.setAttribute("aria-label", t("toolbar.savedViewsHint"));
  });

  // Sources of data share one group; a new one (an article from a URL, say) is one more button here.
  const dataTools = [
    tool("article", "toolbar.addArticle", () => store.update((s) => void (s.panel = "add")), "open-add"),
    tool("link", "toolbar.addFromUrl", () => store.update((s) => void (s.panel = "add-url")), "open-add-url"),
  ];

  const groups = h(
    "div",
    { class: "toolbar-groups", attrs: { id: "toolbar-groups" } },
    group("toolbar.groupHistory", "tools-history", undo, redo),
    group(
      "toolbar.groupPanels",
      "tools-panels",
      tool(
        "overview",
        "toolbar.overview",
        () => store.update((s) => void (s.panel = "overview")),
        "open-overview",
      ),
      tool("paths", "toolbar.paths", () => store.update((s) => void (s.panel = "paths")), "open-paths"),
      savedViews,
    ),
    group("toolbar.groupData", "tools-data", ...dataTools),
    group("toolbar.groupShare", "tools-share", share, exportMenu.root, shareNote, exportStatus),
    group("toolbar.groupLanguage", "tools-language", langButton),
  );

  // Phone: one button opens the groups as a menu.
  const menuButton = iconButton(icon("menu"), t("toolbar.menu"), () => toggleMenu(), {
    class: "phone-only",
    attrs: { id: "toolbar-menu", "aria-expanded": "false", "aria-controls": "toolbar-groups" },
  });
  const toggleMenu = (open = !root.classList.contains("open")) => {
    root.classList.toggle("open", open);
    menuButton.setAttribute("aria-expanded", String(open));
  };
  groups.addEventListener("click", (event) => {
    if (
      (event.target as HTMLElement).closest("button:not(#lang-toggle)") &&
      !(event.target as HTMLElement).closest("summary")
    )
      toggleMenu(false);
  });
  root.append(menuButton, groups);
  root.setAttribute("aria-label", t("toolbar.label"));

  const translate = () => {
    for (const fn of translations) fn();
    relabel(menuButton, t("toolbar.menu"));
    root.setAttribute("aria-label", t("toolbar.label"));
    langButton.replaceChildren(icon("language"), h("span", { class: "btn-label" }, t("lang.toggle")));
    langButton.setAttribute("aria-label", t("lang.toggleLabel"));
    langButton.lang = language() === "id" ? "en" : "id";
  };
  translate();
  onLanguageChange(translate);

  const syncHistory = () => {
    undo.disabled = !store.canUndo;
    redo.disabled = !store.canRedo;
    if (store.state.lang !== language()) setLanguage(store.state.lang);
  };
  syncHistory();
  store.subscribe(syncHistory);

  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    const typing =
      target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
    if (!(event.ctrlKey || event.metaKey) || typing) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) {
      event.preventDefault();
      store.undo();
    } else if ((key === "z" && event.shiftKey) || key === "y") {
      event.preventDefault();
      store.redo();
    }
  });
}
