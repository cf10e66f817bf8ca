/**
 * bench:web's pan-and-zoom page: the app's own Cytoscape set-up (graph/cy.ts, graph/style.ts) on a large
 * generated graph, then a scripted pan and zoom for a few seconds while frames are counted. Kept out of the
 * app's build: bench/web/bench-web.ts builds and serves it on its own. The renderer is chosen like the app
 * chooses it (WebGL above the threshold) unless `?renderer=canvas|webgl` forces one, for comparison.
 */
import type { Core, ElementDefinition } from "cytoscape";
import { WEBGL_THRESHOLD, createCy } from "../../web/src/graph/cy.ts";

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

/**
 * Two animation frames: Cytoscape draws in its own frame callback, so after the second one the first frame
 * is on screen. (The WebGL renderer emits no "render" event, so frames are counted this way for both.)
 */
const afterDraw = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Gesture mode: the bench drives real mouse drags and wheel turns (as a user pans and zooms, which is when
 * Cytoscape's canvas uses its viewport texture); the page only counts animation frames between
 * `benchFrames.start()` and `benchFrames.stop()`, which the bench calls.
 */
function gestureMode(cy: Core, webgl: boolean | undefined, loadMs: number): Promise<Result> {
  let frames = 0;
  let counting = false;
  let started = 0;
  const tick = () => {
    if (!counting) return;
    frames++;
    requestAnimationFrame(tick);
  };
  (globalThis as unknown as { benchFrames: object }).benchFrames = {
    start() {
      frames = 0;
      counting = true;
      started = performance.now();
      requestAnimationFrame(tick);
    },
    stop() {
      counting = false;
      const seconds = (performance.now() - started) / 1000;
      return { frames, seconds, fps: frames / seconds };
    },
  };
  return Promise.resolve({
    renderer: webgl === undefined ? "auto" : webgl ? "webgl" : "canvas",
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    seconds: 0,
    frames: 0,
    renders: 0,
    fps: 0,
    renderFps: 0,
    loadMs,
  });
}

async function run(): Promise<Result> {
  const params = new URLSearchParams(location.search);
  const seconds = Number(params.get("seconds") ?? "5");
  const started = performance.now();
  const response = await fetch("./elements.json");
  const elements = (await response.json()) as ElementDefinition[];
  const forced = params.get("renderer");
  const large = elements.length > WEBGL_THRESHOLD;
  const webgl = forced ? forced === "webgl" : undefined;
  const cy = createCy(document.getElementById("graph")!, {
    large,
    elements,
    ...(webgl === undefined ? {} : { webgl }),
  });
  cy.fit(undefined, 20);
  await afterDraw();
  const loadMs = performance.now() - started;

  let renders = 0;
  cy.on("render", () => renders++);
  if (params.get("mode") === "gesture") return gestureMode(cy, webgl, loadMs);
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
    renderer: webgl === undefined ? "auto" : webgl ? "webgl" : "canvas",
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
