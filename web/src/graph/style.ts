/**
 * The network's look, kept as data (like cytoscape.js's demos keep cy-style.json): colours and shapes per
 * node type and region kind, partnership width by number of events, and the classes the highlight and
 * filter modules set. Colours are shared with the search list and the legend so a type reads the same
 * everywhere. The "simple" sheet drops labels and borders for large views.
 */
import type { StylesheetJson } from "cytoscape";

export interface TypeLook {
  colour: string;
  shape: string;
  /** A one-character mark for lists (search results, node list), beside the colour. */
  icon: string;
}

/** Regions by kind, and the other node types; keys are `region:<kind>` or the node type. */
export const LOOKS: Readonly<Record<string, TypeLook>> = {
  "region:province": { colour: "#1d4e89", shape: "round-rectangle", icon: "◆" },
  "region:regency": { colour: "#2a9d8f", shape: "ellipse", icon: "●" },
  "region:city": { colour: "#e76f51", shape: "ellipse", icon: "●" },
  "region:country": { colour: "#6a4c93", shape: "round-rectangle", icon: "◆" },
  "region:foreign_region": { colour: "#9b5de5", shape: "ellipse", icon: "●" },
  region: { colour: "#457b9d", shape: "ellipse", icon: "●" },
  event: { colour: "#c1121f", shape: "diamond", icon: "◇" },
  person: { colour: "#6c757d", shape: "ellipse", icon: "☺" },
  program: { colour: "#b8860b", shape: "hexagon", icon: "⬡" },
  organization: { colour: "#00838f", shape: "rectangle", icon: "■" },
  sector: { colour: "#8d99ae", shape: "tag", icon: "#" },
};

export function lookOf(type: string, kind: string | null | undefined): TypeLook {
  return (type === "region" && kind ? LOOKS[`region:${kind}`] : undefined) ?? LOOKS[type] ?? LOOKS.region!;
}

// Type rules first, then region kinds, so a kind's colour wins over the generic region one.
const typeRules: StylesheetJson = Object.entries(LOOKS)
  .sort(([a], [b]) => Number(a.includes(":")) - Number(b.includes(":")))
  .map(([key, look]) => {
    const [type, kind] = key.split(":");
    const selector = kind ? `node[type = "${type}"][kind = "${kind}"]` : `node[type = "${type}"]`;
    return { selector, style: { "background-color": look.colour, shape: look.shape as never } };
  });

export function stylesheet(simple: boolean): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        label: simple ? "" : "data(label)",
        "font-size": 11,
        "font-family": "system-ui, sans-serif",
        color: "#1b1b1b",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-wrap": "ellipsis",
        "text-max-width": "140px",
        "text-background-color": "#ffffff",
        "text-background-opacity": simple ? 0 : 0.75,
        "text-background-padding": "1px",
        "min-zoomed-font-size": 7,
        width: "mapData(events, 0, 40, 18, 56)",
        height: "mapData(events, 0, 40, 18, 56)",
        "border-width": simple ? 0 : 1,
        "border-color": "#ffffff",
      },
    },
    { selector: 'node[type != "region"]', style: { width: 16, height: 16 } },
    ...typeRules,
    {
      selector: "edge",
      style: {
        width: 1,
        "line-color": "#b8c0cc",
        "curve-style": simple ? "haystack" : "bezier",
        opacity: 0.8,
      },
    },
    {
      selector: 'edge[type = "PARTNER"]',
      style: { width: "mapData(weight, 1, 10, 2, 12)", "line-color": "#7f8fa6" },
    },
    { selector: 'edge[type != "PARTNER"]', style: { "line-style": "dashed", width: 1 } },
    { selector: ".filtered, .hidden", style: { display: "none" } },
    { selector: ".faded", style: { opacity: 0.15 } },
    {
      selector: "node:selected",
      style: { "border-width": 4, "border-color": "#ffbe0b", "z-index": 10 },
    },
    { selector: "edge:selected", style: { "line-color": "#ffbe0b", "z-index": 10 } },
    {
      selector: "node.pinned",
      style: { "border-width": 3, "border-color": "#222", "border-style": "double" },
    },
    { selector: "node.path", style: { "border-width": 4, "border-color": "#ff006e", "z-index": 9 } },
    { selector: "edge.path", style: { "line-color": "#ff006e", width: 5, "z-index": 9, opacity: 1 } },
    { selector: "node.focus", style: { "border-width": 3, "border-color": "#ffbe0b" } },
  ];
}
