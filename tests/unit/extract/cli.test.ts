/**
 * The extract command on good and bad input: one JSON line per file in input order and nothing else on
 * stdout; empty, binary, English or Javanese, broken HTML and very large files never crash; the exit code
 * is non-zero only when a file could not be read.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractLineSchema, type ExtractLine } from "../../../server/schemas/facts.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const cli = join(root, "server/pipeline/cli/extract.ts");
let dir: string;

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", cli, ...args],
      { cwd: root, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

function lines(stdout: string): ExtractLine[] {
  return stdout
    .trimEnd()
    .split("\n")
    .map((line) => ExtractLineSchema.parse(JSON.parse(line)));
}

// The folder holds a 10 MB file: left behind, every run would add it to /tmp again.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jejaring-extract-"));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.bin"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
  writeFileSync(join(dir, "english.txt"), "The mayor of Surabaya met the governor to discuss cooperation.\n");
  writeFileSync(
    join(dir, "javanese.txt"),
    "Pak lurah lagi ngombe kopi ing warung, banjur ngendika arep kerja bakti.\n",
  );
  writeFileSync(
    join(dir, "no-region.txt"),
    "Harga cabai naik tajam pekan ini, kata pedagang di pasar, Senin (5/2/2024).\n",
  );
  writeFileSync(
    join(dir, "broken.html"),
    '<html><head><title>Sleman dan Gowa</title><meta property="article:published_time" content="2019-10-09"></head>' +
      "<body><p>Pemkab Sleman menandatangani MoU bersama Pemkab Gowa, Selasa (8/10/2019).<p>Bupati Sleman " +
      "<b>Sri Purnomo <i>hadir<script>var kota = 'Kota Bandung';</script><div unclosed",
  );
  writeFileSync(
    join(dir, "article.md"),
    "# Pemkot Kupang dan Pemkab Kupang teken MoU\n\n**Pemerintah Kota Kupang** dan [Pemkab Kupang](https://x.id) " +
      "menandatangani MoU, Rabu (13/3/2019).\n",
  );
  const article = "Pemkab Sleman menandatangani MoU bersama Pemkab Gowa, Selasa (8/10/2019). ";
  writeFileSync(join(dir, "big.txt"), article.repeat(Math.ceil((10 * 1024 * 1024) / article.length)));
  mkdirSync(join(dir, "a-directory"));
  copyFileSync(join(root, "seeds/000_01b3066c75840869.txt"), join(dir, "seed.txt"));
});

describe("extract --format jsonl", () => {
  it("prints one valid line per file, in input order, and exits 0 when every file was read", async () => {
    const files = [
      "seed.txt",
      "empty.txt",
      "binary.bin",
      "english.txt",
      "javanese.txt",
      "no-region.txt",
      "broken.html",
    ];
    const { code, stdout } = await run(["--format", "jsonl", ...files.map((f) => join(dir, f))]);
    expect(code).toBe(0);
    const output = lines(stdout);
    expect(output.map((l) => l.file)).toEqual(files.map((f) => join(dir, f)));
    const byName: Record<string, ExtractLine> = {};
    output.forEach((line, i) => (byName[files[i] ?? ""] = line));
    expect(byName["seed.txt"]?.events[0]?.parties.sort()).toEqual(["32.75", "52.07"]);
    expect(byName["empty.txt"]?.error).toMatch(/empty/);
    expect(byName["binary.bin"]).toMatchObject({
      error: expect.stringMatching(/binary/),
      events: [],
      people: [],
    });
    for (const name of ["english.txt", "javanese.txt", "no-region.txt"]) {
      expect(byName[name]).toMatchObject({ error: null, events: [], people: [] });
    }
    expect(byName["broken.html"]).toMatchObject({ error: null });
    expect(byName["broken.html"]?.document).toMatchObject({
      title: "Sleman dan Gowa",
      publishedAt: "2019-10-09",
    });
    expect(byName["broken.html"]?.events[0]?.parties.sort()).toEqual(["34.04", "73.06"]);
    expect(byName["broken.html"]?.regions.map((r) => r.code)).not.toContain("32.73");
  });

  it("gives unreadable paths their line with an error and exits non-zero", async () => {
    const files = [join(dir, "seed.txt"), join(dir, "missing.txt"), join(dir, "a-directory")];
    const { code, stdout, stderr } = await run(["--format", "jsonl", ...files]);
    expect(code).toBe(1);
    const output = lines(stdout);
    expect(output.map((l) => l.error)).toEqual([null, "file not found", "is a directory, not a file"]);
    expect(stderr).toContain("missing.txt");
  });

  it("reads Markdown and survives a 10 MB file", async () => {
    const { code, stdout } = await run(["--format", "jsonl", join(dir, "article.md"), join(dir, "big.txt")]);
    expect(code).toBe(0);
    const [markdown, big] = lines(stdout);
    expect(markdown?.events[0]?.parties.sort()).toEqual(["53.01", "53.71"]);
    expect(big?.error).toBeNull();
    expect(big?.events[0]?.parties.sort()).toEqual(["34.04", "73.06"]);
  }, 60_000);
});

describe("extract --format pretty and usage", () => {
  it("prints a readable summary", async () => {
    const { code, stdout } = await run(["--format", "pretty", join(dir, "seed.txt")]);
    expect(code).toBe(0);
    expect(stdout).toContain("agreement/mou (signed) 2021-10-26");
    expect(stdout).toContain("Kabupaten Sumbawa Barat [52.07, signatory]");
  });

  it("rejects unknown options with exit code 2", async () => {
    const { code, stdout, stderr } = await run(["--format", "xml", join(dir, "seed.txt")]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("usage");
  });
});
