/**
 * Builds the web app with Vite when its build is missing or older than any of its sources (web/ and the
 * shared zod schemas it imports). A fresh start after `git pull` therefore serves the current UI without a
 * separate build step, and an unchanged tree skips the build.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { projectRoot, webDir, webDistDir } from "../paths.ts";

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "dist" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function webBuildIsStale(): boolean {
  const index = join(webDistDir, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = [webDir, join(projectRoot, "server", "schemas")];
  return sources.some((source) => newestMtime(source) > built);
}

/** Runs `vite build` in-process; returns false when the build was current. */
export async function buildWebIfStale(log: (line: string) => void): Promise<boolean> {
  if (!webBuildIsStale()) return false;
  log("Building the web app (Vite)...");
  const { build } = await import("vite");
  await build({ configFile: join(webDir, "vite.config.ts"), logLevel: "warn" });
  return true;
}
