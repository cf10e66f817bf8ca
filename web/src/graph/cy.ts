/**
 * The Cytoscape instance, made from a container (never a global): fcose registered once, the stylesheet
 * from style.ts, and the renderer chosen by the view's size. Above WEBGL_THRESHOLD elements the view is
 * "large": the simplified stylesheet applies and, when the browser has a hardware WebGL (not a software
 * rasteriser such as SwiftShader or llvmpipe), Cytoscape's experimental WebGL renderer (3.31+) draws it;
 * without one, the canvas renderer pans and zooms a cached texture of the graph instead, which measured an
 * order of magnitude faster than software WebGL (docs/benchmarks.md), and draws a level of detail
 * (level-of-detail.ts) so a frame stays within budget. Since the renderer is fixed at creation, the explorer
 * recreates the instance when a view crosses the threshold.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from "cytoscape";
import fcose from "cytoscape-fcose";
import { installLevelOfDetail, type Detail } from "./level-of-detail.ts";
import { stylesheet } from "./style.ts";

/** Elements (nodes + edges) above which the view switches to WebGL and simple styles. */
export const WEBGL_THRESHOLD = 1500;

let registered = false;

export interface CyOptions {
  large: boolean;
  /** Large views only: draw with WebGL (default: when the browser's WebGL is hardware-accelerated). */
  webgl?: boolean;
  elements?: ElementDefinition[];
  headless?: boolean;
  /** Large views: told how many elements the level of detail draws. */
  onDetail?: (detail: Detail) => void;
}

let hardware: boolean | undefined;

/** Whether WebGL runs on a GPU here: the unmasked renderer names no software rasteriser. */
export function hardwareWebgl(): boolean {
  if (hardware !== undefined) return hardware;
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    const info = gl?.getExtension("WEBGL_debug_renderer_info");
    const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
    hardware = Boolean(gl) && !/swiftshader|llvmpipe|software|softpipe/i.test(name);
  } catch {
    hardware = false;
  }
  return hardware;
}

export function createCy(container: HTMLElement | undefined, options: CyOptions): Core {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const large = options.large;
  const webgl = large && (options.webgl ?? (container ? hardwareWebgl() : false));
  const cy = cytoscape({
    ...(container ? { container } : {}),
    headless: options.headless ?? !container,
    elements: options.elements ?? [],
    style: stylesheet(large),
    minZoom: 0.05,
    maxZoom: 4,
    // Shift-drag draws a selection box; shift-click adds to or removes from the selection.
    boxSelectionEnabled: !large,
    selectionType: "single",
    // Canvas on a large view: pan and zoom move a cached bitmap without edges, redrawn when the gesture ends.
    textureOnViewport: large && !webgl,
    hideEdgesOnViewport: large && !webgl,
    pixelRatio: large ? 1 : "auto",
    webgl,
    webglTexSize: 4096,
    webglBatchSize: 4096,
  });
  // The level of detail is for the canvas renderer; WebGL on a GPU draws the whole graph at frame rate.
  if (large && container && !webgl) installLevelOfDetail(cy, options.onDetail);
  return cy;
}

/**
 * fcose. From scratch (`randomize`), or incremental: the nodes in `fixed` keep their positions exactly (fcose's
 * fixedNodeConstraint), so an expansion or a filter change places only what is new, next to what the user
 * has already read. Pinned nodes are always among the fixed ones.
 */
export function layoutOptions(
  nodeCount: number,
  randomize: boolean,
  fixed: readonly { nodeId: string; position: { x: number; y: number } }[] = [],
): LayoutOptions {
  return {
    name: "fcose",
    quality: nodeCount > 800 ? "draft" : "default",
    randomize,
    animate: nodeCount < 300,
    animationDuration: 400,
    fit: randomize,
    padding: 40,
    // Labels count as part of a node, so names get room instead of being laid on top of each other.
    nodeDimensionsIncludeLabels: nodeCount < 300,
    idealEdgeLength: 110,
    nodeRepulsion: 9000,
    numIter: nodeCount > 800 ? 600 : 2500,
    ...(fixed.length > 0 && !randomize ? { fixedNodeConstraint: [...fixed] } : {}),
  } as LayoutOptions;
}
