/**
 * The ingest's extraction thread (extracted-files.ts): files come back in walk order with the reason for
 * each one that cannot be loaded, the thread stays within its window of the consumer, and it never keeps
 * the process alive after the consumer is done, whether it finished, stopped early or threw.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../server/paths.ts";
import { extractedFiles, type ExtractedFile } from "../../../server/pipeline/ingest/extracted-files.ts";

const GOOD =
  "# Pemkab Sleman Teken MoU dengan Pemkab Serdang Bedagai\n\nSLEMAN - Bupati Sleman Sri Purnomo dan Bupati Serdang Bedagai Soekirman menandatangani MoU kerja sama bidang pariwisata, Selasa (8/10/2019).\n";

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "jejaring-extracted-"));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function folderOf(name: string, files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(scratch, `${name}-`));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content);
  return folder;
}

async function all(paths: string[], window = 4): Promise<ExtractedFile[]> {
  const out: ExtractedFile[] = [];
  for await (const item of extractedFiles(paths, { window })) out.push(item);
  return out;
}

describe("extractedFiles", () => {
  it("yields every file in walk order, each bad one with its reason", async () => {
    const folder = folderOf("mixed", {
      "a-good.md": GOOD,
      "b-binary.txt": Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]),
      "c-empty.txt": "",
      "d-good.txt": GOOD.replace("pariwisata", "pendidikan"),
    });
    const missing = join(scratch, "does-not-exist.txt");
    const items = await all([folder, missing]);
    expect(items.map((i) => [i.file, i.prepared.ok])).toEqual([
      [join(folder, "a-good.md"), true],
      [join(folder, "b-binary.txt"), false],
      [join(folder, "c-empty.txt"), false],
      [join(folder, "d-good.txt"), true],
      [missing, false],
    ]);
    const errors = items.flatMap((i) => (i.prepared.ok ? [] : [i.prepared.error]));
    expect(errors).toEqual([
      "binary content, not a text article",
      "empty: no text to read",
      "file not found",
    ]);
    const first = items[0]!.prepared;
    expect(first.ok && first.input.facts.events.length).toBeGreaterThan(0);
  });

  it("yields nothing, and ends, for paths without articles", async () => {
    expect(await all([folderOf("empty", {})])).toEqual([]);
  });

  it("reads no further than its window ahead of what was taken", async () => {
    const window = 5;
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`${String(i).padStart(2, "0")}.txt`] = GOOD;
    const folder = folderOf("window", files);
    const taken: ExtractedFile[] = [];
    for await (const item of extractedFiles([folder], { window })) {
      taken.push(item);
      if (taken.length === 1) {
        // Give the thread ample time to run ahead, then take the files away: whatever it had not read
        // by then is "file not found", so the count of files read shows how far ahead it went.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        for (const name of Object.keys(files)) rmSync(join(folder, name));
      }
    }
    expect(taken).toHaveLength(40);
    const read = taken.filter((i) => i.prepared.ok).length;
    expect(read).toBeLessThanOrEqual(1 + window);
    expect(taken.slice(read).every((i) => !i.prepared.ok && i.prepared.error === "file not found")).toBe(
      true,
    );
  });

  it.each([
    ["takes every file", "for await (const _ of files) n++;", 0],
    ["stops after one file", "for await (const _ of files) { n++; break; }", 0],
    ["throws after one file", "for await (const _ of files) { n++; throw new Error('write failed'); }", 1],
  ])("lets the process exit when the consumer %s", async (_, loop, exitCode) => {
    const folder = folderOf("exit", { "a.txt": GOOD, "b.txt": GOOD, "c.txt": GOOD });
    const module = pathToFileURL(join(projectRoot, "server/pipeline/ingest/extracted-files.ts")).href;
    const script = [
      `import { extractedFiles } from ${JSON.stringify(module)};`,
      `const files = extractedFiles([${JSON.stringify(folder)}], { window: 1 });`,
      "let n = 0;",
      // Caught, as the ingest command catches a failed write: a thread left running would hold the exit.
      `try { ${loop} } catch (error) { console.log(String(error)); process.exitCode = 1; }`,
      "console.log(`took ${n}`);",
    ].join("\n");
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    clearTimeout(timer);
    expect(code, `the process hung or failed:\n${output}`).toBe(exitCode);
    if (exitCode === 0) expect(output).toMatch(/took [13]\b/);
    else expect(output).toMatch(/write failed/);
  });
});
