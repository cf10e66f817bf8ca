import { describe, expect, it } from "vitest";
import { cpuSeconds, megabytes, residentKb } from "../../../bench/process-stats.ts";

describe("process stats from /proc", () => {
  it("reads this process's CPU time, which grows while it computes", () => {
    const before = cpuSeconds(process.pid);
    expect(before).toBeGreaterThan(0);
    // Spin until the counter moves (it ticks every 10 ms of CPU), however busy the machine is.
    const deadline = performance.now() + 30_000;
    let spin = 0;
    while (cpuSeconds(process.pid) < before + 0.02 && performance.now() < deadline)
      spin += Math.sqrt(spin + 1);
    // Ticks are hundredths of a second; the difference of two such sums can land a hair under 0.02.
    expect(cpuSeconds(process.pid) - before).toBeGreaterThan(0.015);
  });

  it("reads resident memory now and at its peak", () => {
    const now = residentKb(process.pid, "VmRSS");
    expect(now).toBeGreaterThan(10_000);
    expect(residentKb(process.pid, "VmHWM")).toBeGreaterThanOrEqual(now);
    expect(megabytes(2048)).toBe("2 MB");
  });

  it("answers 0 for a process that does not exist", () => {
    expect(cpuSeconds(2 ** 22 + 1)).toBe(0);
    expect(residentKb(2 ** 22 + 1, "VmRSS")).toBe(0);
  });
});
