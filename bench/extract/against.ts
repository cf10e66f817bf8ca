/**
 * The extractor of another commit, for `npm run bench:extract -- --against REF`: that commit's `server/`
 * taken out of git into node_modules/.cache/jejaring-against/<commit>/, with this tree's timing thread
 * (timed-extraction.ts) beside it, bundled as this tree's own is (bundled-module.ts).
 *
 * Why: the host's speed drifts by a fifth within an hour, so two runs of the benchmark at different times
 * cannot say whether a change made the extractor faster. Two timing threads, one per commit, passing in
 * turn over the same texts, can: both see the same host.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundledModule } from "../../server/pipeline/bundled-module.ts";
import { projectRoot } from "../../server/paths.ts";
import type { TimingRequest } from "./timed-extraction.ts";
import { TimingThread } from "./timing-thread.ts";

const AGAINST_DIR = join(projectRoot, "node_modules", ".cache", "jejaring-against");
const TIMING_ENTRY = fileURLToPath(new URL("./timed-extraction.ts", import.meta.url));

/** The full commit name of `ref`, or an error that says the ref is unknown. */
export function commitOf(ref: string): string {
  if (!/^[\w./~^@{}][\w./~^@{}-]{0,199}$/.test(ref)) throw new Error(`--against: "${ref}" is not a git ref`);
  try {
    return execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
      cwd: projectRoot,
      encoding: "utf8",
    }).trim();
  } catch {
    throw new Error(`--against: no commit "${ref}" in ${projectRoot}`);
  }
}

/** The file URL of the timing thread's bundle running the extractor of `commit`. */
export async function timingEntryAt(commit: string): Promise<URL> {
  const dir = join(AGAINST_DIR, commit);
  if (!existsSync(join(dir, "server"))) {
    // Taken out aside and renamed, so a run stopped half-way leaves no half tree behind.
    const partial = `${dir}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const tar = execFileSync("git", ["archive", "--format=tar", commit, "server"], {
      cwd: projectRoot,
      maxBuffer: 512 * 1024 * 1024,
    });
    execFileSync("tar", ["-x", "-C", partial], { input: tar });
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  // This tree's timing code, so both threads answer the same requests the same way.
  const entry = join(dir, "bench", "extract", "timed-extraction.ts");
  mkdirSync(join(dir, "bench", "extract"), { recursive: true });
  copyFileSync(TIMING_ENTRY, entry);
  return bundledModule(pathToFileURL(entry));
}

/** What an alternated comparison measured: CPU seconds of each pass, this tree's and the other commit's. */
export interface Comparison {
  commit: string;
  here: number[];
  there: number[];
  /** Articles whose facts are the same in both, by their JSON; -1 when not compared. */
  sameFacts: number;
}

/**
 * One pass of this tree, one of `commit`'s, in turn (ABBA...), `rounds` times, each thread warmed up by a
 * pass first; then the facts of both, compared article by article.
 */
export async function compareAgainst(
  ref: string,
  texts: TimingRequest["texts"],
  rounds: number,
): Promise<Comparison> {
  const commit = commitOf(ref);
  const here = await TimingThread.start();
  const there = await TimingThread.start(await timingEntryAt(commit));
  try {
    await here.time({ texts, repeats: 1, passes: 1, validated: false });
    await there.time({ texts, repeats: 1, passes: 1, validated: false });
    const times = { here: [] as number[], there: [] as number[] };
    const once = async (thread: TimingThread, into: number[]) =>
      into.push(
        (await thread.time({ texts, repeats: 1, passes: 1, validated: false, warmUp: false })).cpuSeconds,
      );
    for (let r = 0; r < rounds; r++) {
      if (r % 2 === 0) {
        await once(here, times.here);
        await once(there, times.there);
      } else {
        await once(there, times.there);
        await once(here, times.here);
      }
    }
    const factsOf = async (thread: TimingThread) =>
      (await thread.time({ texts, repeats: 1, passes: 0, validated: true, warmUp: false })).facts ?? [];
    const [mine, theirs] = [await factsOf(here), await factsOf(there)];
    const sameFacts =
      mine.length === texts.length && theirs.length === texts.length
        ? mine.filter((f, i) => JSON.stringify(f) === JSON.stringify(theirs[i])).length
        : -1;
    return { commit, ...times, sameFacts };
  } finally {
    await Promise.all([here.stop(), there.stop()]);
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The lines `bench:extract -- --against REF` prints. */
export function comparisonLines(ref: string, count: number, c: Comparison): string[] {
  // Neighbouring passes saw the same host: their ratio is the speed-up, whatever the drift between rounds.
  const ratios = c.here.map((t, i) => (c.there[i] as number) / t);
  const rate = (seconds: readonly number[]) => (count / median(seconds)).toFixed(0);
  return [
    `against ${ref} (${c.commit.slice(0, 12)}): ${c.here.length} alternated passes of each, one core, CPU time`,
    `this tree: ${rate(c.here)} articles/s (median), ${ref}: ${rate(c.there)} articles/s`,
    `speed-up of this tree: median ${median(ratios).toFixed(3)} (passes: ${ratios.map((r) => r.toFixed(2)).join(" ")})`,
    c.sameFacts < 0
      ? "facts: not compared"
      : `facts: ${c.sameFacts} of ${count} articles the same as ${ref}'s`,
  ];
}
