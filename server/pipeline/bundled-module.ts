/**
 * A TypeScript entry module and everything of ours it imports, bundled by esbuild into one ES module file
 * under node_modules/.cache/jejaring/, named by a hash of its content; built once per process per entry.
 *
 * Why: the extractor is a long hot loop over some sixty small modules. Loaded one by one through tsx it
 * runs measurably slower than the same code as one bundle (docs/benchmarks.md, Extraction, 2026-12-07), and a
 * worker thread can start a plain bundle without registering a TypeScript loader first. Packages stay
 * outside the bundle and are resolved from the project's node_modules, as they are for the sources, so the
 * file is written inside node_modules (the usual home of build caches) and never moved. A bundle is built
 * from the sources each time a process first asks, so it is never older than the code beside it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { projectRoot } from "../paths.ts";

export const BUNDLE_CACHE_DIR = join(projectRoot, "node_modules", ".cache", "jejaring");

const bundles = new Map<string, Promise<URL>>();

/** The file URL of `entry` (a file: URL of a .ts module) bundled as described above. */
export function bundledModule(entry: URL): Promise<URL> {
  let bundle = bundles.get(entry.href);
  if (!bundle) {
    bundle = buildBundle(fileURLToPath(entry));
    // A failed build is not kept: the next caller tries again.
    bundle.catch(() => bundles.delete(entry.href));
    bundles.set(entry.href, bundle);
  }
  return bundle;
}

async function buildBundle(entryPath: string): Promise<URL> {
  const result = await build({
    entryPoints: [entryPath],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    write: false,
    logLevel: "silent",
    // Each module keeps its own location: a bundled `import.meta.url` would otherwise name the bundle.
    plugins: [
      {
        // A package's JSON data goes into the bundle, so the bundle imports no JSON module: Node refuses one
        // imported without `with { type: "json" }`, which esbuild leaves out when it lowers for a target.
        name: "package-json-inside",
        setup(bundler) {
          bundler.onResolve({ filter: /^[^./].*\.json$/ }, (args) => ({
            path: createRequire(args.importer).resolve(args.path),
          }));
        },
      },
      {
        name: "own-import-meta-url",
        setup(bundler) {
          bundler.onLoad({ filter: /\.ts$/ }, async (args) => {
            const source = await readFile(args.path, "utf8");
            const own = JSON.stringify(pathToFileURL(args.path).href);
            return { contents: source.replaceAll("import.meta.url", own), loader: "ts" };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild wrote no bundle for ${entryPath}`);
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const file = join(BUNDLE_CACHE_DIR, `${basename(entryPath, ".ts")}-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(BUNDLE_CACHE_DIR, { recursive: true });
    // Written aside and renamed, so another process starting the same bundle never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    dropOldBundles(basename(entryPath, ".ts"), file);
  }
  return pathToFileURL(file);
}

/**
 * Node's options for a worker thread started from a bundle: the process's own, but one for a script given
 * as text (`node --input-type=module -e`), which Node refuses for a worker started from a file.
 */
export function workerExecArgv(): string[] {
  return process.execArgv.filter((option) => !option.startsWith("--input-type"));
}

/** Bundles of the same entry from older code, left an hour (a process may still be starting one). */
function dropOldBundles(name: string, kept: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const other of readdirSync(BUNDLE_CACHE_DIR)) {
    const path = join(BUNDLE_CACHE_DIR, other);
    if (path === kept || !other.startsWith(`${name}-`)) continue;
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
    } catch {
      // Gone already (another process dropped it): nothing to do.
    }
  }
}
