/**
 * "Daerah serupa / Similar regions": the regions most like the selected one, each with its score, the
 * similarity per dimension and the shared programmes, sectors and partners behind it (rarest first). One
 * click adds a peer to the view.
 */
import { api } from "../api/client.ts";
import { h, iconButton } from "../dom.ts";
import { icon } from "../icons.ts";
import { formatNumber, t, tMaybe } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { empty, failure, loading, swatch } from "./messages.ts";

export async function renderPeers(
  root: HTMLElement,
  code: string,
  ctx: PanelContext,
  isCurrent: () => boolean,
): Promise<void> {
  root.replaceChildren(h("h2", null, t("peers.title")), loading(t("peers.loading")));
  try {
    const peers = await api.peers(code);
    if (!isCurrent()) return;
    const items = peers.peers.map((peer) => {
      const inView = ctx.explorer.has(peer.region.code);
      const reasons = (["programs", "sectors", "partners"] as const).flatMap((dim) =>
        peer.reasons[dim].length > 0
          ? [
              h(
                "p",
                { class: "reason" },
                `${t(`peers.${dim}`)}: `,
                peer.reasons[dim].map((r) => r.name).join(", "),
              ),
            ]
          : [],
      );
      const score = h("meter", {
        attrs: {
          min: "0",
          max: "1",
          value: String(peer.score),
          "aria-label": t("peers.score", { score: peer.score.toFixed(2) }),
        },
      });
      return h(
        "li",
        { class: "peer", dataset: { code: peer.region.code } },
        h(
          "div",
          { class: "peer-head" },
          swatch("region", peer.region.kind),
          h("strong", null, peer.region.name),
          h("span", { class: "peer-kind" }, ` ${tMaybe("kind", peer.region.kind)}`),
        ),
        h(
          "div",
          { class: "peer-score" },
          score,
          ` ${t("peers.score", { score: formatNumber(Math.round(peer.score * 100) / 100) })}`,
        ),
        ...reasons,
        inView
          ? h(
              "span",
              { class: "peer-added", attrs: { role: "status" } },
              icon("check", 16),
              t("actions.added"),
            )
          : iconButton(icon("add", 16), t("actions.add"), () => ctx.actions.add(peer.region.code), {
              class: "peer-add",
            }),
      );
    });
    root.replaceChildren(
      h("h2", null, t("peers.title")),
      h("p", { class: "panel-sub" }, t("peers.of", { name: peers.region.name })),
      items.length > 0
        ? h("ol", { class: "peers", attrs: { id: "peers-list" } }, ...items)
        : empty(t("peers.empty")),
    );
  } catch (error) {
    if (!isCurrent()) return;
    root.replaceChildren(
      h("h2", null, t("peers.title")),
      failure(error, () => void renderPeers(root, code, ctx, isCurrent)),
    );
  }
}
