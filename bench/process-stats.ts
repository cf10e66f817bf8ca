/**
 * What a benchmark reads about a process from Linux's /proc: resident memory and CPU time used. CPU time
 * is the figure that survives a shared machine: wall-clock rates fall when other work takes the cores,
 * CPU seconds per document much less so.
 * @see https://man7.org/linux/man-pages/man5/proc_pid_stat.5.html
 */
import { readFileSync } from "node:fs";

/** Clock ticks per second of utime/stime in /proc/<pid>/stat: 100 on every Linux this runs on. */
const CLOCK_TICKS = 100;

/** Resident memory in KiB now (`VmRSS`) or at its peak (`VmHWM`); 0 when the process is gone. */
export function residentKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system, all threads) the process has used so far; 0 when it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name and state.
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

export const megabytes = (kb: number) => `${Math.round(kb / 1024)} MB`;

/**
 * Waits until the process has used less than `idleShare` of one core over each of two `windowMs` windows
 * in a row, or `maxMs` have passed; returns how long it waited. Used between a benchmark's phases, so one
 * phase's queries that are still being cancelled (Neo4j ends a timed-out transaction only at its next
 * check) do not load the next phase's measurement.
 */
export async function waitUntilIdle(
  pid: number,
  { idleShare = 0.1, windowMs = 500, maxMs = 30_000 } = {},
): Promise<number> {
  const started = Date.now();
  let quietWindows = 0;
  while (quietWindows < 2 && Date.now() - started < maxMs) {
    const before = cpuSeconds(pid);
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const share = (cpuSeconds(pid) - before) / (windowMs / 1000);
    quietWindows = share < idleShare ? quietWindows + 1 : 0;
  }
  return Date.now() - started;
}
