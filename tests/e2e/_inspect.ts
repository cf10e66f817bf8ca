/**
 * The app's read-only inspector (web/src/inspect.ts) from a test: what the canvas draws, where, and the
 * boxes of its shown labels, as plain data.
 */
import type { Page } from "playwright-core";

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface InspectNode {
  id: string;
  label: string;
  type: string;
  kind: string | null;
  x: number;
  y: number;
  rx: number;
  ry: number;
}

interface Results {
  nodes: InspectNode[];
  labels: { id: string; box: Box }[];
  drawnKinds: string[];
  selected: string[];
}

export function inspect<K extends keyof Results>(page: Page, what: K): Promise<Results[K]> {
  return page.evaluate(
    (name) =>
      (globalThis as unknown as { jejaringInspect: Record<string, () => unknown> }).jejaringInspect[name]!(),
    what,
  ) as Promise<Results[K]>;
}
