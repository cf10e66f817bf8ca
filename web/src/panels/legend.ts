/**
 * The legend on the network: every node kind and edge type drawn now, with the mark the canvas uses (from
 * the same looks as the stylesheet), what a region's size and a partnership's width stand for over the
 * range in view, and the states (selected, pinned, on a path). Folded behind one button on a phone.
 */
import { PHONE } from "../graph/focus-view.ts";
import { h } from "../dom.ts";
import { formatNumber, onLanguageChange, t } from "../i18n/index.ts";
import { icon } from "../icons.ts";
import { legendData, type LegendData } from "../graph/legend-data.ts";
import { edgeMark, nodeMark } from "../graph/shapes.ts";
import { EDGE_LOOKS, PARTNER_WIDTH, STATE_LOOKS, partnerWidth } from "../graph/style.ts";
import type { PanelContext } from "./context.ts";

function circle(border: string, double = false): SVGSVGElement {
  const svg = nodeMark({ colour: "#dfe4ea", shape: "ellipse", legend: "" }, 16);
  const ring = svg.querySelector("circle")!;
  ring.setAttribute("stroke", border);
  ring.setAttribute("stroke-width", "3");
  if (double) ring.setAttribute("stroke-dasharray", "2 1");
  return svg;
}

export function legendBody(data: LegendData): HTMLElement[] {
  const items: HTMLElement[] = [];
  const row = (key: string, mark: Element, label: string, extra?: string) =>
    h(
      "li",
      { dataset: { legend: key } },
      mark as HTMLElement,
      h("span", null, label, extra ? h("span", { class: "muted" }, ` · ${extra}`) : null),
    );
  const group = (title: string, ...children: (HTMLElement | null)[]) =>
    h(
      "div",
      { class: "legend-group", attrs: { role: "group", "aria-label": title } },
      h("h3", null, title),
      ...children,
    );
  if (data.nodes.length > 0)
    items.push(
      group(
        t("legend.nodes"),
        h(
          "ul",
          { class: "legend-list", attrs: { id: "legend-nodes" } },
          ...data.nodes.map((e) =>
            row(`node:${e.key}`, nodeMark(e.look, 14), t(e.look.legend as never), formatNumber(e.count)),
          ),
        ),
      ),
    );
  if (data.events) {
    const { min, max } = data.events;
    const small = nodeMark({ colour: "#8a97a8", shape: "ellipse", legend: "" }, 10);
    const big = nodeMark({ colour: "#8a97a8", shape: "ellipse", legend: "" }, 20);
    items.push(
      h(
        "p",
        { class: "legend-scale", attrs: { id: "legend-size" } },
        small,
        big,
        h(
          "span",
          null,
          min === max
            ? t("legend.sizeOne", { n: formatNumber(min) })
            : t("legend.size", { min: formatNumber(min), max: formatNumber(max) }),
        ),
      ),
    );
  }
  if (data.edges.length > 0)
    items.push(
      group(
        t("legend.edges"),
        h(
          "ul",
          { class: "legend-list", attrs: { id: "legend-edges" } },
          ...data.edges.map((e) =>
            row(
              `edge:${e.key}`,
              edgeMark(e.look),
              t(e.look.legend as never),
              t(`legend.style.${e.look.style}` as never),
            ),
          ),
        ),
      ),
    );
  if (data.roles.length > 0)
    items.push(
      group(
        t("legend.roles"),
        h(
          "ul",
          { class: "legend-list", attrs: { id: "legend-roles" } },
          ...data.roles.map((e) =>
            row(`role:${e.key}`, edgeMark(e.look), t(e.look.legend as never), formatNumber(e.count)),
          ),
        ),
      ),
    );
  if (data.weight) {
    const { min, max } = data.weight;
    items.push(
      h(
        "p",
        { class: "legend-scale", attrs: { id: "legend-width" } },
        edgeMark(EDGE_LOOKS.PARTNER!, max > min ? PARTNER_WIDTH.min : partnerWidth(min), 20),
        edgeMark(EDGE_LOOKS.PARTNER!, max > min ? PARTNER_WIDTH.max : partnerWidth(max), 20),
        h(
          "span",
          null,
          min === max
            ? t("legend.widthOne", { n: formatNumber(min) })
            : t("legend.width", { min: formatNumber(min), max: formatNumber(max) }),
        ),
      ),
    );
  }
  items.push(
    group(
      t("legend.states"),
      h(
        "ul",
        { class: "legend-list legend-states" },
        ...STATE_LOOKS.map((s) => row(`state:${s.key}`, circle(s.colour, s.key === "pinned"), t(s.legend))),
      ),
    ),
  );
  return items;
}

export function mountLegend(root: HTMLElement, ctx: PanelContext): void {
  const body = h("div", { class: "legend-body", attrs: { id: "legend-body" } });
  const word = h("span", { class: "btn-label" });
  const toggle = h(
    "button",
    {
      class: "btn legend-toggle",
      attrs: { type: "button", id: "legend-toggle", "aria-controls": "legend-body" },
    },
    icon("legend"),
    word,
  );
  const phone = window.matchMedia(PHONE);
  // The strip takes room from the network: when it opens or closes, Cytoscape must learn its new size.
  const resized = () => requestAnimationFrame(() => ctx.explorer.cy.resize());
  let open = !phone.matches;
  const sync = () => {
    body.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    word.textContent = t("legend.title");
    root.classList.toggle("open", open);
  };
  toggle.addEventListener("click", () => {
    open = !open;
    sync();
    resized();
  });
  root.append(toggle, body);
  const render = () => {
    if (ctx.explorer.info.phase === "loading") return;
    const data = legendData(ctx.explorer.cy);
    const before = root.offsetHeight;
    body.replaceChildren(...legendBody(data));
    root.hidden = data.nodes.length === 0;
    if (root.offsetHeight !== before) resized();
  };
  ctx.explorer.onInfo(render);
  ctx.store.subscribe(() => queueMicrotask(render));
  onLanguageChange(() => (sync(), render()));
  sync();
}
