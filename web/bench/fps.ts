/**
 * bench:web's pan-and-zoom page: the app's own Cytoscape set-up (graph/cy.ts, graph/style.ts) on a large
 * generated graph, then a scripted pan and zoom for a few seconds while frames are counted. Kept out of the
 * app's build: scripts/bench-web.ts builds and serves it on its own. The renderer is chosen like the app
 * chooses it (WebGL above the threshold) unless `?renderer=canvas|webgl` forces one, for comparison.
 */
import type { ElementDefinition } from "cytoscape";
import { WEBGL_THRESHOLD, createCy } from "../src/graph/cy.ts";

interface Result {
  renderer: string;
  nodes: number;
  edges: number;
  seconds: number;
  frames: number;
  renders: number;
  fps: number;
  renderFps: number;
  loadMs: number;
}

async function run(): Promise<Result> {
  const params = new URLSearchParams(location.search);
  const seconds = Number(params.get("seconds") ?? "5");
  const started = performance.now();
  const response = await fetch("./elements.json");
  const elements = (await response.json()) as ElementDefinition[];
  const forced = params.get("renderer");
  const large = forced ? forced === "webgl" : elements.length > WEBGL_THRESHOLD;
  const cy = createCy(document.getElementById("graph")!, { large, elements });
  cy.fit(undefined, 20);
  await new Promise<void>((resolve) => cy.one("render", () => resolve()));
  const loadMs = performance.now() - started;

  let renders = 0;
  cy.on("render", () => renders++);
  let frames = 0;
  const start = performance.now();
  const base = cy.zoom();
  await new Promise<void>((resolve) => {
    const step = (now: number) => {
      const t = (now - start) / 1000;
      frames++;
      // Pan in a circle while zooming between 1× and 3× the fitted zoom: every frame changes the viewport.
      cy.viewport({
        zoom: base * (2 + Math.sin(t * 1.7)),
        pan: { x: 400 + 300 * Math.cos(t * 1.3), y: 300 + 200 * Math.sin(t * 1.3) },
      });
      if (t < seconds) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  const elapsed = (performance.now() - start) / 1000;
  return {
    renderer: large ? "webgl" : "canvas",
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    seconds: elapsed,
    frames,
    renders,
    fps: frames / elapsed,
    renderFps: renders / elapsed,
    loadMs,
  };
}

run().then(
  (result) => {
    document.body.dataset.result = JSON.stringify(result);
  },
  (error: unknown) => {
    document.body.dataset.result = JSON.stringify({ error: String(error) });
  },
);
