/**
 * Small SVG pictures of the network's marks, drawn from the same looks as the stylesheet (style.ts): a node
 * kind's shape, colour and ring, and an edge type's colour, width and dashes. The legend, the lists and the
 * PNG export's legend use them, so a kind looks the same on the canvas and beside its name.
 */
import type { EdgeLook, NodeLook } from "./style.ts";

const SVG = "http://www.w3.org/2000/svg";

function svg(width: number, height: number, label?: string): SVGSVGElement {
  const el = document.createElementNS(SVG, "svg");
  el.setAttribute("width", String(width));
  el.setAttribute("height", String(height));
  el.setAttribute("viewBox", `0 0 ${width} ${height}`);
  el.setAttribute("class", "mark");
  if (label) {
    el.setAttribute("role", "img");
    el.setAttribute("aria-label", label);
  } else el.setAttribute("aria-hidden", "true");
  return el;
}

function polygon(points: [number, number][], size: number): string {
  return points.map(([x, y]) => `${(x * size).toFixed(2)},${(y * size).toFixed(2)}`).join(" ");
}

/** Outline of a shape in a unit square, as a polygon (undefined: drawn as an ellipse or a rect). */
export const POLYGONS: Record<string, [number, number][]> = {
  diamond: [
    [0.5, 0.02],
    [0.98, 0.5],
    [0.5, 0.98],
    [0.02, 0.5],
  ],
  "round-triangle": [
    [0.5, 0.06],
    [0.96, 0.92],
    [0.04, 0.92],
  ],
  hexagon: [
    [0.25, 0.08],
    [0.75, 0.08],
    [0.98, 0.5],
    [0.75, 0.92],
    [0.25, 0.92],
    [0.02, 0.5],
  ],
  "round-pentagon": [
    [0.5, 0.04],
    [0.97, 0.38],
    [0.79, 0.95],
    [0.21, 0.95],
    [0.03, 0.38],
  ],
  tag: [
    [0.04, 0.15],
    [0.7, 0.15],
    [0.98, 0.5],
    [0.7, 0.85],
    [0.04, 0.85],
  ],
};

/** The SVG outline of a node look, `size` px square, for canvas-free drawing (the PNG legend reuses it). */
export function nodeShape(look: NodeLook, size: number): SVGElement {
  const stroke = look.ring
    ? { stroke: look.ring, "stroke-width": "2" }
    : { stroke: "#ffffff", "stroke-width": "1" };
  let shape: SVGElement;
  const points = POLYGONS[look.shape];
  if (points) {
    shape = document.createElementNS(SVG, "polygon");
    shape.setAttribute("points", polygon(points, size));
  } else if (look.shape === "ellipse") {
    shape = document.createElementNS(SVG, "circle");
    shape.setAttribute("cx", String(size / 2));
    shape.setAttribute("cy", String(size / 2));
    shape.setAttribute("r", String(size / 2 - 1.5));
  } else {
    shape = document.createElementNS(SVG, "rect");
    const inset = look.shape === "barrel" ? 0.5 : 1.5;
    shape.setAttribute("x", String(inset));
    shape.setAttribute("y", String(size * 0.14));
    shape.setAttribute("width", String(size - inset * 2));
    shape.setAttribute("height", String(size * 0.72));
    shape.setAttribute("rx", String(look.shape === "barrel" ? size * 0.3 : size * 0.18));
  }
  shape.setAttribute("fill", look.colour);
  for (const [k, v] of Object.entries(stroke)) shape.setAttribute(k, v);
  return shape;
}

export function nodeMark(look: NodeLook, size = 14, label?: string): SVGSVGElement {
  const el = svg(size, size, label);
  el.append(nodeShape(look, size));
  return el;
}

export function dashArray(style: EdgeLook["style"], width: number): string | null {
  if (style === "dashed") return `${width * 4} ${width * 3}`;
  if (style === "dotted") return `${width} ${width * 2}`;
  return null;
}

export function edgeMark(look: EdgeLook, width = look.width, length = 28): SVGSVGElement {
  const height = Math.max(12, Math.ceil(width) + 4);
  const el = svg(length, height);
  const line = document.createElementNS(SVG, "line");
  line.setAttribute("x1", "1");
  line.setAttribute("x2", String(length - 1));
  line.setAttribute("y1", String(height / 2));
  line.setAttribute("y2", String(height / 2));
  line.setAttribute("stroke", look.colour);
  line.setAttribute("stroke-width", String(width));
  const dashes = dashArray(look.style, width);
  if (dashes) line.setAttribute("stroke-dasharray", dashes);
  el.append(line);
  return el;
}

/** The same mark on a 2D canvas (the PNG export's legend), its top-left corner at (x, y). */
export function drawMark(
  c: CanvasRenderingContext2D,
  look: NodeLook,
  x: number,
  y: number,
  size: number,
): void {
  c.save();
  c.translate(x, y);
  c.beginPath();
  const points = POLYGONS[look.shape];
  if (points)
    points.forEach(([px, py], i) =>
      i === 0 ? c.moveTo(px * size, py * size) : c.lineTo(px * size, py * size),
    );
  else if (look.shape === "ellipse") c.arc(size / 2, size / 2, size / 2 - 1.5, 0, Math.PI * 2);
  else
    c.roundRect(1.5, size * 0.14, size - 3, size * 0.72, look.shape === "barrel" ? size * 0.3 : size * 0.18);
  c.closePath();
  c.fillStyle = look.colour;
  c.fill();
  c.lineWidth = look.ring ? 2 : 1;
  c.strokeStyle = look.ring ?? "#ffffff";
  c.stroke();
  c.restore();
}

export function drawEdgeMark(
  c: CanvasRenderingContext2D,
  look: EdgeLook,
  x: number,
  y: number,
  length: number,
  width = look.width,
): void {
  c.save();
  c.strokeStyle = look.colour;
  c.lineWidth = width;
  const dashes = dashArray(look.style, width);
  c.setLineDash(dashes ? dashes.split(" ").map(Number) : []);
  c.beginPath();
  c.moveTo(x, y);
  c.lineTo(x + length, y);
  c.stroke();
  c.restore();
}
