/**
 * The article files under the given paths: files as given, folders recursively, keeping .txt, .md and
 * .html/.htm, in a stable (sorted) order so that a re-run after an interruption meets the files in the
 * same order as a clean run. An async generator: folders are read one at a time, nothing is held in bulk.
 */
import { opendir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

export function isArticleFile(path: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(path).toLowerCase());
}

async function* walkFolder(folder: string): AsyncGenerator<string> {
  const names: { name: string; isDirectory: boolean }[] = [];
  for await (const entry of await opendir(folder)) {
    if (entry.name.startsWith(".")) continue;
    names.push({ name: entry.name, isDirectory: entry.isDirectory() });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(folder, entry.name);
    if (entry.isDirectory) yield* walkFolder(path);
    else if (isArticleFile(path)) yield path;
  }
}

/** Yields article paths; a path that does not exist is yielded as is, so the caller reports it. */
export async function* walkArticleFiles(paths: readonly string[]): AsyncGenerator<string> {
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      yield path;
      continue;
    }
    if (isFolder) yield* walkFolder(path);
    else yield path;
  }
}
