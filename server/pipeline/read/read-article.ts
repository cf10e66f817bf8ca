/**
 * Reads an article file (.txt, .md, .html/.htm) into text and metadata, or says why it cannot.
 *
 * Why: the extract command must never crash on what it is given. A missing or unreadable path is a read
 * failure (the command exits non-zero); a binary file or an empty one is read fine but has no article in
 * it, so its line carries an error and empty lists.
 *
 * The file is read synchronously: its callers read one article at a time on a thread of their own (the
 * ingest's extraction thread, the extract command), and for files of a few KB `fs.promises.readFile`
 * cost about 150 µs of CPU each (open, fstat, read and close handed one by one to libuv's pool) against
 * 10–20 µs for `readFileSync`, a fifth of the extraction thread's time.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import type { ArticleMeta } from "../extract/extract-facts.ts";
import { htmlToText, markdownToText } from "./html-text.ts";

export type ReadOutcome =
  | { ok: true; text: string; meta: ArticleMeta }
  /** `unreadable`: the file could not be read at all (missing, a directory, no permission). */
  | { ok: false; error: string; unreadable: boolean };

/** Above this many bytes only the beginning is read: no news article is longer. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  const decoded = new TextDecoder("utf-8").decode(sample);
  let odd = 0;
  for (const ch of decoded) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13)) odd++;
  }
  return decoded.length > 0 && odd / decoded.length > 0.1;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

function errorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return "file not found";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

export async function readArticle(path: string): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    const buffer = readFileSync(path);
    bytes = buffer.length > MAX_ARTICLE_BYTES ? buffer.subarray(0, MAX_ARTICLE_BYTES) : buffer;
  } catch (error) {
    return { ok: false, error: errorMessage(error), unreadable: true };
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && looksBinary(bytes))
    return { ok: false, error: "binary content, not a text article", unreadable: false };
  const raw = decode(bytes);
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm" || (ext === "" && /^\s*<(?:!doctype html|html)\b/i.test(raw))) {
    return { ok: true, ...htmlToText(raw) };
  }
  if (ext === ".md" || ext === ".markdown") return { ok: true, text: markdownToText(raw), meta: {} };
  return { ok: true, text: raw, meta: {} };
}
