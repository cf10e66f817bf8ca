/**
 * The Cytoscape instance, made from a container (never a global): fcose registered once, the stylesheet
 * from style.ts, and the renderer chosen by the view's size. Above WEBGL_THRESHOLD elements the
 * experimental WebGL renderer (Cytoscape 3.31+) draws the graph and the simplified stylesheet applies;
 * since the renderer is fixed at creation, the explorer recreates the instance when a view crosses it.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from "cytoscape";
import fcose from "cytoscape-fcose";
import { stylesheet } from "./style.ts";

/** Elements (nodes + edges) above which the view switches to WebGL and simple styles. */
export const WEBGL_THRESHOLD = 1500;

let registered = false;

export interface CyOptions {
  large: boolean;
  elements?: ElementDefinition[];
  headless?: boolean;
}

export function createCy(container: HTMLElement | undefined, options: CyOptions): Core {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  return cytoscape({
    ...(container ? { container } : {}),
    headless: options.headless ?? !container,
    elements: options.elements ?? [],
    style: stylesheet(options.large),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: "single",
    hideEdgesOnViewport: false,
    textureOnViewport: false,
    pixelRatio: options.large ? 1 : "auto",
    webgl: options.large,
    webglTexSize: 4096,
    webglBatchSize: 4096,
  });
}

/** fcose, incremental unless `randomize`; pinned (locked) nodes stay where they are. */
export function layoutOptions(nodeCount: number, randomize: boolean): LayoutOptions {
  return {
    name: "fcose",
    quality: nodeCount > 800 ? "draft" : "default",
    randomize,
    animate: nodeCount < 300,
    animationDuration: 400,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: 90,
    nodeRepulsion: 6000,
    numIter: nodeCount > 800 ? 600 : 2500,
  } as LayoutOptions;
}
