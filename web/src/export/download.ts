/**
 * Exports of what is visible, as downloads: PNG (the network at 2×, with its legend and a caption naming the
 * view, the filters and the date), JSON (the elements and the view's link), CSV of nodes and of edges and
 * GraphML, the last three with their evidence (evidence.ts).
 */
import { api } from "../api/client.ts";
import { h } from "../dom.ts";
import { legendData } from "../graph/legend-data.ts";
import { drawEdgeMark, drawMark } from "../graph/shapes.ts";
import { formatDate, t } from "../i18n/index.ts";
import type { PanelContext } from "../panels/context.ts";
import { describeFilters, describeView } from "../panels/describe.ts";
import { gatherEvidence } from "./evidence.ts";
import { edgesCsv, graphml, json, nodesCsv } from "./formats.ts";

export type ExportFormat = "png" | "json" | "csv-nodes" | "csv-edges" | "graphml";

function download(name: string, content: string | Blob, type: string): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = h("a", { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
const today = () => new Date().toISOString().slice(0, 10);

export async function exportTo(format: ExportFormat, ctx: PanelContext): Promise<void> {
  const graph = ctx.explorer.visible();
  if (format === "png") {
    download(`jejaring-${stamp()}.png`, await png(ctx), "image/png");
    return;
  }
  if (format === "json") {
    download(`jejaring-${stamp()}.json`, json(graph, { view: ctx.store.shareUrl() }), "application/json");
    return;
  }
  const evidence = await gatherEvidence(graph, api);
  if (format === "csv-nodes")
    download(`jejaring-nodes-${stamp()}.csv`, nodesCsv(graph, evidence), "text/csv");
  else if (format === "csv-edges")
    download(`jejaring-edges-${stamp()}.csv`, edgesCsv(graph, evidence), "text/csv");
  else download(`jejaring-${stamp()}.graphml`, graphml(graph, evidence), "application/graphml+xml");
}

function loadImage(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("image"));
    img.src = URL.createObjectURL(blob);
  });
}

/** The network, then a legend band and a caption band below it, at 2× for print. */
export async function png(ctx: PanelContext): Promise<Blob> {
  const scale = 2;
  const network = await ctx.explorer.cy.png({
    full: true,
    scale,
    bg: "#ffffff",
    output: "blob-promise",
    maxWidth: 4000,
    maxHeight: 4000,
  });
  const image = await loadImage(network);
  const data = legendData(ctx.explorer.cy);
  const entries = [
    ...data.nodes.map((e) => ({ kind: "node" as const, e, label: t(e.look.legend as never) })),
    ...data.edges.map((e) => ({ kind: "edge" as const, e, label: t(e.look.legend as never) })),
    ...data.roles.map((e) => ({ kind: "edge" as const, e, label: t(e.look.legend as never) })),
  ];
  const width = Math.max(image.width, 900 * scale);
  const pad = 16 * scale;
  const columnWidth = 210 * scale;
  const perRow = Math.max(1, Math.floor((width - pad * 2) / columnWidth));
  const rowHeight = 22 * scale;
  const legendHeight = Math.ceil(entries.length / perRow) * rowHeight + pad * 2 + 18 * scale;
  const captionHeight = 52 * scale;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = image.height + legendHeight + captionHeight;
  const c = canvas.getContext("2d")!;
  c.fillStyle = "#ffffff";
  c.fillRect(0, 0, canvas.width, canvas.height);
  c.drawImage(image, Math.round((width - image.width) / 2), 0);
  URL.revokeObjectURL(image.src);

  let y = image.height + pad;
  c.fillStyle = "#1b1f24";
  c.font = `600 ${13 * scale}px system-ui, sans-serif`;
  c.fillText(t("legend.title"), pad, y + 12 * scale);
  y += 22 * scale;
  c.font = `${12 * scale}px system-ui, sans-serif`;
  entries.forEach((entry, i) => {
    const x = pad + (i % perRow) * columnWidth;
    const top = y + Math.floor(i / perRow) * rowHeight;
    if (entry.kind === "node") drawMark(c, entry.e.look, x, top, 14 * scale);
    else drawEdgeMark(c, entry.e.look, x, top + 7 * scale, 24 * scale, entry.e.look.width * scale);
    c.fillStyle = "#1b1f24";
    c.fillText(`${entry.label} (${entry.e.count})`, x + 30 * scale, top + 11 * scale);
  });

  const title = await describeView(ctx);
  const captionTop = image.height + legendHeight;
  c.strokeStyle = "#d5dbe3";
  c.beginPath();
  c.moveTo(pad, captionTop);
  c.lineTo(width - pad, captionTop);
  c.stroke();
  c.fillStyle = "#1b1f24";
  c.font = `600 ${13 * scale}px system-ui, sans-serif`;
  c.fillText(`Jejaring — ${title}`, pad, captionTop + 20 * scale, width - pad * 2);
  c.fillStyle = "#4a5562";
  c.font = `${12 * scale}px system-ui, sans-serif`;
  const extra = [
    data.events ? t("legend.size", { min: data.events.min, max: data.events.max }) : "",
    data.weight ? t("legend.width", { min: data.weight.min, max: data.weight.max }) : "",
  ]
    .filter(Boolean)
    .join(" · ");
  c.fillText(
    `${describeFilters(ctx.store.state.filters)} · ${t("export.date", { date: formatDate(today()) })}${extra ? ` · ${extra}` : ""}`,
    pad,
    captionTop + 40 * scale,
    width - pad * 2,
  );
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("png"))), "image/png"),
  );
}
