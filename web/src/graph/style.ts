/**
 * The network's look, kept as data (like cytoscape.js's demos keep cy-style.json): one look per node kind
 * (the four region styles — provinsi, kabupaten, kota, luar negeri — and the other node types) and per edge
 * type, from which both the stylesheet and the legend are made, so the legend can never disagree with the
 * drawing. Region size follows the events of the regions in view (their range, not a fixed scale) and a
 * partnership's width its number of events, through `scales`, which the explorer updates before restyling.
 * Labels keep a constant size on screen (`labelZoom`); the "simple" sheet drops them for large views.
 */
import type { StylesheetJson } from "cytoscape";

export interface NodeLook {
  colour: string;
  shape: string;
  /** A ring drawn around the shape (kota), so kinds differ by more than colour. */
  ring?: string;
  /** The i18n key of its name in the legend. */
  legend: string;
}

/** Keys are `region:<kind>` or the node type; the order is the legend's. */
export const NODE_LOOKS: Readonly<Record<string, NodeLook>> = {
  "region:province": { colour: "#1f3a93", shape: "round-rectangle", legend: "kind.province" },
  "region:regency": { colour: "#1b8a7a", shape: "ellipse", legend: "kind.regency" },
  "region:city": { colour: "#e0662f", shape: "ellipse", ring: "#7a2e0b", legend: "kind.city" },
  "region:country": { colour: "#7b3294", shape: "round-pentagon", legend: "kind.country" },
  "region:foreign_region": { colour: "#a26bbf", shape: "round-pentagon", legend: "kind.foreign_region" },
  region: { colour: "#4a6785", shape: "ellipse", legend: "type.region" },
  event: { colour: "#c1121f", shape: "diamond", legend: "type.event" },
  person: { colour: "#5f6b7a", shape: "round-triangle", legend: "type.person" },
  program: { colour: "#b07d00", shape: "hexagon", legend: "type.program" },
  organization: { colour: "#6d4c2f", shape: "barrel", legend: "type.organization" },
  sector: { colour: "#7d8aa0", shape: "tag", legend: "type.sector" },
};

export interface EdgeLook {
  colour: string;
  style: "solid" | "dashed" | "dotted";
  /** Fixed width in px; PARTNER's width is scaled by events instead. */
  width: number;
  legend: string;
}

export const EDGE_LOOKS: Readonly<Record<string, EdgeLook>> = {
  PARTNER: { colour: "#6b7c93", style: "solid", width: 2, legend: "edge.PARTNER" },
  PARTY: { colour: "#c1121f", style: "dashed", width: 1.5, legend: "edge.PARTY" },
  SERVED_AS: { colour: "#5f6b7a", style: "dotted", width: 1.5, legend: "edge.SERVED_AS" },
  RUNS: { colour: "#b07d00", style: "dashed", width: 1.5, legend: "edge.RUNS" },
  other: { colour: "#98a2b3", style: "dotted", width: 1, legend: "edge.other" },
};

/**
 * A party edge (event – region) drawn by the region's role in the event (issue 22): the hub's roles (host,
 * convener) thick, a signatory plain, a visitor dashed, a participant dotted. The legend lists them.
 */
export const ROLE_LOOKS: Readonly<Record<string, EdgeLook>> = {
  host: { colour: "#c1121f", style: "solid", width: 3.5, legend: "role.host" },
  convener: { colour: "#7a0c14", style: "solid", width: 3.5, legend: "role.convener" },
  signatory: { colour: "#c1121f", style: "solid", width: 1.5, legend: "role.signatory" },
  visitor: { colour: "#c1121f", style: "dashed", width: 1.5, legend: "role.visitor" },
  participant: { colour: "#c1121f", style: "dotted", width: 1.5, legend: "role.participant" },
};

export const NODE_SIZE = { min: 22, max: 60, other: 16 } as const;
export const PARTNER_WIDTH = { min: 1.5, max: 10 } as const;
/** Label size on screen, in px, whatever the zoom (between LABEL_ZOOM_MIN and 1.6). */
export const LABEL_PX = 12;
const LABEL_ZOOM_MIN = 0.25;

export function lookKey(type: string, kind: string | null | undefined): string {
  if (type === "region") return kind && NODE_LOOKS[`region:${kind}`] ? `region:${kind}` : "region";
  return NODE_LOOKS[type] ? type : "region";
}

export function lookOf(type: string, kind: string | null | undefined): NodeLook {
  return NODE_LOOKS[lookKey(type, kind)]!;
}

export function edgeLookKey(type: string): string {
  return EDGE_LOOKS[type] ? type : "other";
}

/** The data's range in view, so the smallest and largest region differ visibly whatever the numbers. */
export const scales = { events: { min: 0, max: 1 }, weight: { min: 1, max: 1 } };
export const labelZoom = { value: 1 };

const lerp = (value: number, range: { min: number; max: number }, out: { min: number; max: number }) => {
  if (range.max <= range.min) return (out.min + out.max) / 2;
  const t = Math.min(1, Math.max(0, (value - range.min) / (range.max - range.min)));
  return out.min + Math.sqrt(t) * (out.max - out.min);
};

/**
 * A region's size: its area grows with its events, from 0 to the most events in view. The largest size also
 * follows that maximum, so a view where every region has one or two events does not blow one up to 60 px.
 */
export function regionSize(events: number | null | undefined): number {
  const top = Math.max(1, scales.events.max);
  const max = Math.min(NODE_SIZE.max, NODE_SIZE.min + 10 * top);
  return lerp(events ?? 0, { min: 0, max: top }, { min: NODE_SIZE.min, max });
}

export function partnerWidth(weight: number | null | undefined): number {
  const { min, max } = scales.weight;
  if (max <= min) return 3;
  const t = Math.min(1, Math.max(0, ((weight ?? 1) - min) / (max - min)));
  return PARTNER_WIDTH.min + t * (PARTNER_WIDTH.max - PARTNER_WIDTH.min);
}

type Ele = { data(key: string): unknown };
export const labelScale = () => 1 / Math.min(1.6, Math.max(LABEL_ZOOM_MIN, labelZoom.value));

// Generic rules first, then region kinds, so a kind's look wins over the generic region one.
const nodeRules: StylesheetJson = Object.entries(NODE_LOOKS)
  .sort(([a], [b]) => Number(a.includes(":")) - Number(b.includes(":")))
  .map(([key, look]) => {
    const [type, kind] = key.split(":");
    const selector = kind ? `node[type = "${type}"][kind = "${kind}"]` : `node[type = "${type}"]`;
    return {
      selector,
      style: {
        "background-color": look.colour,
        shape: look.shape as never,
        ...(look.ring ? { "border-width": 3, "border-color": look.ring } : {}),
      },
    };
  });

const edgeRules: StylesheetJson = Object.entries(EDGE_LOOKS).map(([type, look]) => ({
  selector: type === "other" ? `edge[type != "PARTNER"]` : `edge[type = "${type}"]`,
  style: { "line-color": look.colour, "line-style": look.style, width: look.width },
}));
// "other" must come first so the named types override it.
edgeRules.unshift(edgeRules.pop()!);
const roleRules: StylesheetJson = Object.entries(ROLE_LOOKS).map(([role, look]) => ({
  selector: `edge[type = "PARTY"][role = "${role}"]`,
  style: { "line-color": look.colour, "line-style": look.style, width: look.width },
}));

export function stylesheet(simple: boolean): StylesheetJson {
  // Concrete values from the zoom at the time the sheet is made (the explorer remakes it after a zoom):
  // Cytoscape caches label textures by style, and function values would leave stale, clipped labels.
  const k = labelScale();
  const labels = simple
    ? { label: "" }
    : {
        label: "data(label)",
        "font-size": LABEL_PX * k,
        "text-max-width": `${150 * k}px`,
        "text-margin-y": 3 * k,
        "text-background-padding": `${2 * k}px`,
        "font-family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
        "font-weight": 500,
        color: "#1b1f24",
        "text-valign": "bottom",
        "text-wrap": "wrap",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-shape": "round-rectangle",
      };
  return [
    {
      selector: "node",
      style: {
        ...labels,
        width: NODE_SIZE.other,
        height: NODE_SIZE.other,
        "border-width": simple ? 0 : 1.5,
        "border-color": "#ffffff",
      } as never,
    },
    ...nodeRules,
    {
      selector: 'node[type = "region"]',
      style: simple
        ? { width: 24, height: 24 }
        : ({
            width: (ele: Ele) => regionSize(ele.data("events") as number | null),
            height: (ele: Ele) => regionSize(ele.data("events") as number | null),
          } as never),
    },
    {
      selector: "edge",
      style: { "curve-style": simple ? "haystack" : "bezier", opacity: simple ? 0.5 : 0.85 },
    },
    ...edgeRules,
    ...roleRules,
    {
      selector: 'edge[type = "PARTNER"]',
      style: simple
        ? { width: 1 }
        : ({ width: (ele: Ele) => partnerWidth(ele.data("weight") as number | null) } as never),
    },
    { selector: ".filtered, .hidden, .lod-off", style: { display: "none" } },
    { selector: "node.label-off", style: { "text-opacity": 0, "text-background-opacity": 0 } },
    {
      selector: "node.label-top",
      style: { "text-valign": "top", "text-margin-y": -3 * k },
    },
    { selector: ".faded", style: { opacity: 0.15 } },
    { selector: "node.focus", style: { "border-width": 2, "border-color": "#f6d98a" } },
    {
      selector: "node:selected",
      style: { "border-width": 5, "border-color": "#f2b705", "z-index": 10, "text-opacity": 1 },
    },
    { selector: "edge:selected", style: { "line-color": "#f2b705", "z-index": 10 } },
    {
      selector: "node.pinned",
      style: { "border-width": 4, "border-color": "#1b1f24", "border-style": "double" },
    },
    { selector: "node.path", style: { "border-width": 5, "border-color": "#d6246e", "z-index": 9 } },
    { selector: "edge.path", style: { "line-color": "#d6246e", width: 5, "z-index": 9, opacity: 1 } },
    // One path of several chosen in the path list: drawn over the others, which stay marked but thinner.
    { selector: "node.path-chosen", style: { "border-width": 7, "border-color": "#8f0f45", "z-index": 11 } },
    {
      selector: "edge.path-chosen",
      style: { "line-color": "#8f0f45", width: 7, "z-index": 11, opacity: 1 },
    },
    { selector: "node.flash", style: { "overlay-color": "#f2b705", "overlay-opacity": 0.35 } },
  ];
}

/** The states drawn on top of a kind, for the legend: what a border or colour means. */
export const STATE_LOOKS = [
  { key: "selected", colour: "#f2b705", legend: "legend.selected" },
  { key: "pinned", colour: "#1b1f24", legend: "legend.pinned" },
  { key: "path", colour: "#d6246e", legend: "legend.path" },
  { key: "path-chosen", colour: "#8f0f45", legend: "legend.pathChosen" },
] as const;
