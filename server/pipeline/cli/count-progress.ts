/**
 * Progress of a command that works through a known number of items (`npm run ingest`'s files,
 * `npm run reextract`'s documents): a bar with rate and ETA on a terminal, otherwise a plain line every few
 * seconds, so logs stay readable.
 */
import { Presets, SingleBar } from "cli-progress";

export interface CountProgress {
  done: number;
  failed: number;
  elapsedMs: number;
}

export function countProgressReporter(
  name: string,
  unit: string,
  total: number,
): { update: (p: CountProgress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        format: `${name} |{bar}| {value}/{total} ${unit} | {rate} ${unit}/s | ETA {eta_formatted} | {failed} failed`,
        stream: process.stderr,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0, { rate: "0", failed: 0 });
    return {
      update: (p) =>
        bar.update(p.done, {
          rate: (p.done / Math.max(p.elapsedMs / 1000, 0.001)).toFixed(0),
          failed: p.failed,
        }),
      stop: () => bar.stop(),
    };
  }
  let lastLine = 0;
  return {
    update: (p) => {
      if (Date.now() - lastLine < 5_000 && p.done < total) return;
      lastLine = Date.now();
      const rate = p.done / Math.max(p.elapsedMs / 1000, 0.001);
      const eta = rate > 0 ? Math.round((total - p.done) / rate) : 0;
      process.stderr.write(
        `${name}: ${p.done}/${total} ${unit}, ${rate.toFixed(0)} ${unit}/s, ETA ${eta} s, ${p.failed} failed\n`,
      );
    },
    stop: () => {},
  };
}
