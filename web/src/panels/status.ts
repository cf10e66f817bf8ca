/**
 * The status line under the graph: loading, what is drawn (nodes and edges that pass the filters), truncated
 * neighbourhoods (with "show more"), the note on large views, notices after an action that changed nothing,
 * nothing left after filtering, and API problems in the UI's language (down, Neo4j unavailable), with the
 * health polled while something is wrong so the message clears by itself.
 */
import { api } from "../api/client.ts";
import { button, h } from "../dom.ts";
import { formatNumber, onLanguageChange, t } from "../i18n/index.ts";
import type { ViewInfo } from "../graph/explorer.ts";
import type { PanelContext } from "./context.ts";
import { failureMessage } from "./messages.ts";

export function mountStatus(root: HTMLElement, overlay: HTMLElement, ctx: PanelContext): void {
  const { explorer, actions } = ctx;
  let health: string | null = null;
  let notice: string | null = null;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  const render = (info: ViewInfo = explorer.info) => {
    const lines: Node[] = [];
    if (info.phase === "loading") lines.push(h("span", { class: "loading" }, t("graph.loading")));
    else
      lines.push(
        h(
          "span",
          { attrs: { id: "graph-counts" } },
          t("graph.counts", {
            nodes: formatNumber(info.visibleNodes),
            edges: formatNumber(info.visibleEdges),
          }),
        ),
      );
    if (info.large) lines.push(h("span", { class: "note" }, t("graph.large")));
    for (const cut of info.truncated)
      lines.push(
        h(
          "span",
          { class: "note truncated" },
          t("graph.truncated", { shown: cut.shown, node: cut.label }),
          " ",
          button(t("actions.showMore"), () => actions.showMore(cut.id), { class: "link" }),
        ),
      );
    if (notice) lines.push(h("span", { class: "notice", attrs: { id: "graph-notice" } }, notice));
    if (health) lines.push(h("span", { class: "error", attrs: { role: "alert" } }, health));
    else if (info.failures.length > 0)
      lines.push(h("span", { class: "error", attrs: { role: "alert" } }, failureMessage(info.failures[0])));
    root.replaceChildren(...lines);

    overlay.replaceChildren();
    overlay.hidden = true;
    if (info.phase === "loading" && info.nodes === 0) {
      overlay.append(h("p", { class: "loading" }, t("graph.loading")));
      overlay.hidden = false;
    } else if (info.phase !== "loading" && info.nodes === 0) {
      overlay.append(h("p", null, health ?? t("graph.empty")));
      overlay.hidden = false;
    } else if (info.phase !== "loading" && info.visibleNodes === 0) {
      overlay.append(h("p", { attrs: { id: "all-filtered" } }, t("graph.allFiltered")));
      overlay.hidden = false;
    }
  };

  const notify = (text: string) => {
    notice = text;
    render();
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => {
      notice = null;
      render();
    }, 4000);
  };
  ctx.notify = notify;
  explorer.onCanvas((event) => {
    if (event.kind === "notice" && event.text === "alreadyExpanded")
      notify(t("graph.alreadyExpanded", { node: explorer.label(event.id) }));
  });

  const poll = async () => {
    try {
      const report = await api.health();
      const was = health;
      health = report.neo4j === "up" ? null : t("error.neo4j");
      if (was && !health) await explorer.reload();
    } catch (error) {
      health = failureMessage(error);
    }
    render();
  };
  explorer.onInfo((info) => {
    if (info.failures.length > 0 && info.phase !== "loading") void poll();
    render(info);
  });
  onLanguageChange(() => render());
  setInterval(() => {
    if (health || explorer.info.failures.length > 0) void poll();
  }, 5000);
}
