/**
 * "Daerah serupa / Similar regions": the regions most like the selected one. Controls on top weigh each
 * dimension (a slider per dimension: 0 drops it) and let in existing partners, regions abroad and other
 * levels; by default the API lists Indonesian regions of the same level that are not yet partners. Each peer
 * shows its score, the similarity per dimension and the shared programmes, sectors and partners behind it
 * (rarest first), the first of them with the sentence stating the peer's side, linked to the article. The
 * controls stay in place while the list is asked again, so keyboard focus is never lost. One click adds a
 * peer to the view.
 */
import { PHONE } from "../graph/focus-view.ts";
import type { Peer, PeerDimension, Peers } from "#schemas/region.ts";
import { api, type PeerRequest } from "../api/client.ts";
import { h, iconButton } from "../dom.ts";
import { icon } from "../icons.ts";
import { formatNumber, t, tMaybe } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { empty, failure, loading, swatch } from "./messages.ts";
import { sourceList, type SourceItem } from "./sources.ts";

const DIMENSIONS: readonly PeerDimension[] = ["programs", "sectors", "partners"];
const MAX_WEIGHT = 3;
type Toggle = "includePartners" | "includeAbroad" | "anyLevel";
const TOGGLES: readonly Toggle[] = ["includePartners", "includeAbroad", "anyLevel"];

/** The planner's choices, kept for the session: choosing another region keeps them. */
const choices: Required<PeerRequest> = {
  weights: { programs: 1, sectors: 1, partners: 1 },
  includePartners: false,
  includeAbroad: false,
  anyLevel: false,
};

/** Whether the planner left the settings open or folded (undefined: by screen width). */
let settingsOpen: boolean | undefined;

const score2 = (x: number) => formatNumber(Math.round(x * 100) / 100);

function weightWords(weight: number): string {
  return weight === 0 ? t("peers.weightOff") : t("peers.weightTimes", { n: weight });
}

function controls(onChange: () => void): HTMLElement {
  const sliders = DIMENSIONS.map((dim) => {
    const id = `peer-weight-${dim}`;
    const output = h(
      "output",
      { class: "peer-weight-value", attrs: { for: id } },
      weightWords(choices.weights[dim]),
    );
    const input = h("input", {
      attrs: {
        id,
        type: "range",
        min: "0",
        max: String(MAX_WEIGHT),
        step: "1",
        value: String(choices.weights[dim]),
        "aria-valuetext": weightWords(choices.weights[dim]),
      },
    });
    input.addEventListener("input", () => {
      const words = weightWords(Number(input.value));
      output.textContent = words;
      input.setAttribute("aria-valuetext", words);
    });
    input.addEventListener("change", () => {
      choices.weights = { ...choices.weights, [dim]: Number(input.value) };
      onChange();
    });
    return h(
      "div",
      { class: "peer-weight" },
      h("label", { attrs: { for: id } }, t(`peers.dim.${dim}`)),
      input,
      output,
    );
  });
  const toggles = TOGGLES.map((name) => {
    const box = h("input", { attrs: { type: "checkbox", id: `peer-${name}` } });
    box.checked = choices[name];
    box.addEventListener("change", () => {
      choices[name] = box.checked;
      onChange();
    });
    return h("label", { class: "peer-toggle", attrs: { for: `peer-${name}` } }, box, t(`peers.${name}`));
  });
  // Folded on a phone, where it would fill the sheet before the first peer; open on wider screens.
  const settings = h(
    "details",
    { class: "peer-settings" },
    h("summary", null, t("peers.controls")),
    h(
      "form",
      { class: "peer-controls", attrs: { id: "peer-controls", "aria-label": t("peers.controls") } },
      h("fieldset", null, h("legend", null, t("peers.weights")), ...sliders),
      h("fieldset", null, h("legend", null, t("peers.who")), ...toggles),
    ),
  );
  settings.open = settingsOpen ?? !window.matchMedia(PHONE).matches;
  settings.addEventListener("toggle", () => (settingsOpen = settings.open));
  return settings;
}

function dimensionBars(peer: Peer): HTMLElement {
  return h(
    "dl",
    { class: "peer-dims" },
    ...DIMENSIONS.flatMap((dim) => {
      const value = peer.dimensions[dim];
      return [
        h("dt", null, t(`peers.dim.${dim}`)),
        value === null
          ? h("dd", null, h("span", { class: "peer-dim-off" }, t("peers.notCounted")))
          : h(
              "dd",
              null,
              h("meter", {
                attrs: {
                  min: "0",
                  max: "1",
                  value: String(value),
                  "aria-label": `${t(`peers.dim.${dim}`)} ${score2(value)}`,
                },
              }),
              h("span", { class: "peer-dim-value" }, score2(value)),
            ),
      ];
    }),
  );
}

function reasons(peer: Peer, ctx: PanelContext): HTMLElement[] {
  return DIMENSIONS.flatMap((dim) => {
    const shared = peer.reasons[dim];
    if (shared.length === 0) return [];
    const names = shared.map((r) => r.name).join(", ");
    // One sentence often names several shared sectors: shown once, tagged with all of them.
    const bySentence = new Map<string, SourceItem>();
    for (const r of shared) {
      const e = r.evidence;
      if (!e) continue;
      const key = `${e.documentId}|${e.start}|${e.end}`;
      const known = bySentence.get(key);
      if (known) known.fact = `${known.fact}, ${r.name}`;
      else
        bySentence.set(key, {
          documentId: e.documentId,
          title: e.title,
          publishedAt: null,
          quote: e.quote,
          start: e.start,
          end: e.end,
          fact: r.name,
        });
    }
    const sources = [...bySentence.values()];
    const summary = h("summary", null, h("span", { class: "reason-label" }, `${t(`peers.${dim}`)}: `), names);
    return [
      sources.length > 0
        ? h(
            "details",
            { class: "reason" },
            summary,
            sourceList(sources, [peer.region.name, ...shared.map((r) => r.name)], ctx),
          )
        : h("p", { class: "reason" }, h("span", { class: "reason-label" }, `${t(`peers.${dim}`)}: `), names),
    ];
  });
}

function peerItem(peer: Peer, ctx: PanelContext): HTMLElement {
  const inView = ctx.explorer.has(peer.region.code);
  return h(
    "li",
    { class: "peer", dataset: { code: peer.region.code } },
    h(
      "div",
      { class: "peer-head" },
      swatch("region", peer.region.kind),
      h("strong", null, peer.region.name),
      h("span", { class: "peer-kind" }, tMaybe("kind", peer.region.kind)),
      peer.partner ? h("span", { class: "peer-partner" }, t("peers.isPartner")) : null,
    ),
    h(
      "div",
      { class: "peer-score" },
      h("meter", {
        attrs: {
          min: "0",
          max: "1",
          value: String(peer.score),
          "aria-label": t("peers.score", { score: score2(peer.score) }),
        },
      }),
      t("peers.score", { score: score2(peer.score) }),
    ),
    dimensionBars(peer),
    ...reasons(peer, ctx),
    inView
      ? h("span", { class: "peer-added", attrs: { role: "status" } }, icon("check", 16), t("actions.added"))
      : iconButton(icon("add", 16), t("actions.add"), () => ctx.actions.add(peer.region.code), {
          class: "peer-add",
        }),
  );
}

function peerList(peers: Peers, ctx: PanelContext): HTMLElement {
  if (peers.by.length === 0) return empty(t("peers.allOff"));
  if (peers.peers.length === 0) return empty(t("peers.empty"));
  return h(
    "ol",
    { class: "peers", attrs: { id: "peers-list" } },
    ...peers.peers.map((p) => peerItem(p, ctx)),
  );
}

export async function renderPeers(
  root: HTMLElement,
  code: string,
  ctx: PanelContext,
  isCurrent: () => boolean,
): Promise<void> {
  const sub = h("p", { class: "panel-sub" });
  const results = h("div", { class: "peer-results", attrs: { "aria-live": "polite" } });
  let asked = 0;
  const ask = async () => {
    const mine = ++asked;
    results.setAttribute("aria-busy", "true");
    results.replaceChildren(loading(t("peers.loading")));
    try {
      const peers = await api.peers(code, { ...choices, weights: { ...choices.weights } });
      if (!isCurrent() || mine !== asked) return;
      sub.textContent = t("peers.of", { name: peers.region.name });
      results.replaceChildren(peerList(peers, ctx));
    } catch (error) {
      if (!isCurrent() || mine !== asked) return;
      results.replaceChildren(failure(error, () => void ask()));
    } finally {
      if (mine === asked) results.removeAttribute("aria-busy");
    }
  };
  root.replaceChildren(
    h("h2", null, t("peers.title")),
    sub,
    h("p", { class: "hint peer-default" }, t("peers.defaults")),
    controls(() => void ask()),
    results,
  );
  await ask();
}
