/**
 * Entry of the web app: wiring only. Reads the view from the URL, sets the language, creates the network
 * view and mounts the panels; everything they do is in graph/, panels/ and state/.
 */
import type { Stats } from "#schemas/stats.ts";
import { api } from "./api/client.ts";
import { NodeActions } from "./graph/actions.ts";
import { Explorer } from "./graph/explorer.ts";
import { onLanguageChange, setLanguage, t } from "./i18n/index.ts";
import { createArticleView } from "./panels/article-view.ts";
import {
  mountCanvasControls,
  mountContextMenu,
  mountSelectionBar,
  mountTooltip,
} from "./panels/canvas-overlays.ts";
import type { PanelContext } from "./panels/context.ts";
import { mountFilters } from "./panels/filters.ts";
import { mountLegend } from "./panels/legend.ts";
import { mountNodeList } from "./panels/node-list.ts";
import { mountPhoneBar } from "./panels/phone-bar.ts";
import { mountSearch } from "./panels/search.ts";
import { mountSide } from "./panels/side.ts";
import { mountStatus } from "./panels/status.ts";
import { mountToolbar } from "./panels/toolbar.ts";
import { registerInspect } from "./inspect.ts";
import { Store } from "./state/store.ts";

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const store = Store.fromLocation();
setLanguage(store.state.lang);

const graph = byId("graph");
const explorer = new Explorer(graph, store, api);
const ctx: PanelContext = {
  store,
  explorer,
  actions: new NodeActions(store, explorer),
  openArticle: createArticleView(byId<HTMLDialogElement>("article-dialog")),
};

let stats: Stats | undefined | Error;
const loadStats = (): Promise<Stats | undefined> =>
  api.stats().then(
    (value) => ((stats = value), value),
    (error: unknown) => ((stats = error instanceof Error ? error : new Error(String(error))), undefined),
  );
const statsLoaded = loadStats();

const wrap = byId("graph-wrap");
const search = mountSearch(byId("search"), ctx);
mountToolbar(byId("toolbar"), ctx);
mountStatus(byId("graph-status"), byId("graph-overlay"), ctx);
const statsToFilters = mountFilters(byId("filters"), ctx, statsLoaded);
const tooltip = mountTooltip(wrap, ctx);
const menu = mountContextMenu(wrap, ctx);
mountNodeList(byId("nodes"), ctx, { tooltip, menu });
mountCanvasControls(byId("canvas-controls"), ctx);
mountSelectionBar(byId("selection-bar"), ctx);
mountLegend(byId("legend"), ctx);
mountPhoneBar(byId("phone-bar"), byId("left"), byId("drawer-head"), ctx);
const rerender = mountSide(
  byId("side"),
  ctx,
  () => stats,
  () =>
    void loadStats().then((value) => {
      statsToFilters(value);
      rerender();
    }),
);
ctx.rerenderSide = rerender;
void statsLoaded.then(() => rerender());

const translateStatic = () => {
  byId("tagline").textContent = t("app.tagline");
  byId("skip-link").textContent = t("search.skip");
  graph.setAttribute("aria-label", t("graph.label"));
  byId("side").setAttribute("aria-label", t("side.label"));
  byId("left").setAttribute("aria-label", t("filters.title"));
  document.title = `${t("app.title")} — ${t("app.tagline")}`;
};
graph.setAttribute("role", "application");
translateStatic();
onLanguageChange(translateStatic);

document.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement | null;
  if (event.key === "/" && target?.tagName !== "INPUT" && target?.tagName !== "TEXTAREA") {
    event.preventDefault();
    search.focus();
  }
});

registerInspect(explorer);
void explorer.refresh();
