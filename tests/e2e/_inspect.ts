/**
 * The app's read-only inspector (web/src/inspect.ts) from a test: what the canvas draws, where, and the
 * boxes of its shown labels, as plain data.
 */
import type { Page } from "playwright-core";
import type { Inspect } from "../../web/src/inspect-types.ts";

export type InspectNode = ReturnType<Inspect["nodes"]>[number];

export function inspect<K extends keyof Inspect>(page: Page, what: K): Promise<ReturnType<Inspect[K]>> {
  return page.evaluate(
    (name) =>
      (globalThis as unknown as { jejaringInspect: Record<string, () => unknown> }).jejaringInspect[name]!(),
    what,
  ) as Promise<ReturnType<Inspect[K]>>;
}
