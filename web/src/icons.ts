/**
 * The interface's icons: small stroked SVGs on a 24-unit grid, built with createElementNS (no markup strings,
 * no icon font to load). An icon never stands alone: buttons carry their word beside it (or an aria-label
 * where the phone layout hides the word).
 */
const SVG = "http://www.w3.org/2000/svg";

/** Each icon as SVG path data (stroked, round caps). */
const PATHS = {
  fit: "M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5",
  zoomIn: "M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14M21 21l-5-5M11 8v6M8 11h6",
  zoomOut: "M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14M21 21l-5-5M8 11h6",
  layout:
    "M6 6m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M18 8m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M10 18m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M8 7l8 1M7.5 8l2 8M16.5 9.5l-5 7",
  undo: "M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3",
  redo: "M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3",
  overview: "M4 4h7v7H4zM13 4h7v4h-7zM13 10h7v10h-7zM4 13h7v7H4z",
  paths:
    "M6 19m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M18 5m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M8 19h6a3 3 0 0 0 0-6h-4a3 3 0 0 1 0-6h6",
  add: "M12 5v14M5 12h14",
  article: "M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7",
  link: "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
  reset: "M4 12a8 8 0 1 0 3-6.2M4 4v5h5",
  share:
    "M18 5m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M6 12m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M18 19m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M8.6 13.5l6.8 4M15.4 6.5l-6.8 4",
  download: "M12 4v11M7 10l5 5 5-5M5 20h14",
  language: "M4 5h9M8.5 3v2M6 5c1 4 4 7 7 8M11 5c-1 4-4 7-7 8M13 21l4-9 4 9M14.5 18h5",
  menu: "M4 7h16M4 12h16M4 17h16",
  filter: "M4 5h16l-6 8v6l-4 2v-8z",
  close: "M6 6l12 12M18 6L6 18",
  legend:
    "M5 7m-1.5 0a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M5 12m-1.5 0a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M5 17m-1.5 0a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M10 7h10M10 12h10M10 17h10",
  expand: "M12 12m-2.5 0a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M12 9.5V3M14.2 13.2l5.3 3.3M9.8 13.2l-5.3 3.3",
  hide: "M3 3l18 18M10.6 10.6a2 2 0 0 0 2.8 2.8M9.4 5.4A9 9 0 0 1 12 5c5 0 9 5 9 7a11 11 0 0 1-2.6 3.6M6.3 6.3C4.3 7.7 3 9.8 3 12c0 2 4 7 9 7a9 9 0 0 0 4.1-1",
  pin: "M9 4h6l-1 6 3 3H7l3-3zM12 13v8",
  peers:
    "M8 8m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M16 8m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M3 20c0-3 2-5 5-5s5 2 5 5M11 20c0-3 2-5 5-5s5 2 5 5",
  center: "M12 12m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M12 3v4M12 17v4M3 12h4M17 12h4",
  check: "M5 12l5 5 9-10",
  more: "M6 9l6 6 6-6",
  search: "M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14M21 21l-5-5",
  bookmark: "M7 4h10v16l-5-4-5 4z",
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, size = 18): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", String(size));
  svg.setAttribute("height", String(size));
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", `icon icon-${name}`);
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", PATHS[name]);
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "1.8");
  path.setAttribute("stroke-linecap", "round");
  path.setAttribute("stroke-linejoin", "round");
  svg.append(path);
  return svg;
}
