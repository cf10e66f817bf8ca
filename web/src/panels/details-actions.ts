/**
 * The buttons of a node's details, each showing the state it changes: "Buka tetangga" becomes "Tetangga
 * terbuka" (done) once the neighbourhood is drawn, or "Tampilkan lebih banyak" when it was cut; "Sematkan"
 * becomes "Lepas sematan"; the rest: centre, hide, similar regions, path from or to here.
 */
import type { NodeDetails } from "#schemas/node.ts";
import { h, iconButton } from "../dom.ts";
import { t } from "../i18n/index.ts";
import { icon } from "../icons.ts";
import type { PanelContext } from "./context.ts";
import { choosePathEnd } from "./paths.ts";

export function detailsActions(details: NodeDetails, ctx: PanelContext): HTMLElement {
  const { explorer, store, actions } = ctx;
  const id = details.node.id;
  const expanded = actions.isExpanded(id);
  const truncated = explorer.info.truncated.some((x) => x.id === id);
  const pinned = actions.isPinned(id);
  const bar = h("div", { class: "actions", attrs: { role: "group", "aria-label": t("details.actions") } });
  if (!expanded)
    bar.append(
      iconButton(icon("expand", 16), t("actions.expand"), () => actions.expand(id), {
        class: "btn-primary",
        attrs: { id: "action-expand" },
      }),
    );
  else if (truncated)
    bar.append(
      iconButton(icon("expand", 16), t("actions.showMore"), () => actions.showMore(id), {
        class: "btn-primary",
        attrs: { id: "action-more" },
      }),
    );
  else
    bar.append(
      iconButton(icon("check", 16), t("actions.expanded"), () => undefined, {
        attrs: { id: "action-expand", disabled: "", "aria-disabled": "true" },
      }),
    );
  bar.append(
    iconButton(icon("pin", 16), pinned ? t("actions.unpin") : t("actions.pin"), () => actions.togglePin(id), {
      class: pinned ? "btn-on" : "",
      attrs: { id: "action-pin", "aria-pressed": String(pinned) },
    }),
    iconButton(icon("hide", 16), t("actions.hide"), () => actions.hide(id), { attrs: { id: "action-hide" } }),
    iconButton(icon("center", 16), t("actions.center"), () => explorer.center(id)),
  );
  if (details.node.type === "region")
    bar.append(
      iconButton(icon("peers", 16), t("actions.peers"), () => store.update((s) => void (s.panel = "peers")), {
        attrs: { id: "action-peers" },
      }),
    );
  bar.append(
    iconButton(icon("paths", 16), t("actions.pathFrom"), () => choosePathEnd("from", id, ctx)),
    iconButton(icon("paths", 16), t("actions.pathTo"), () => choosePathEnd("to", id, ctx)),
  );
  return bar;
}
