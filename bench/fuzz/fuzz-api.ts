/**
 * `npm run fuzz:api [-- --max-examples 100 --max-time SECONDS --phases examples,coverage,fuzzing,stateful
 * --workers 1 --seed N]`: fuzzes the API from its own OpenAPI document with schemathesis.
 *
 * It starts the app on free ports with the seed articles loaded and writes enabled (bench/fuzz/target.ts),
 * installs the pinned schemathesis into .venv/ if missing (bench/fuzz/schemathesis.ts), and runs it against
 * /api/openapi.json with every check (server errors, status codes, content types, response schemas and
 * headers, negative data rejection, auth, method handling) in every phase, the stateful one following the
 * document's links. It prints how many requests reached the server, by status, and how many failures
 * schemathesis found; the exit code is 0 only when it found none.
 *
 * The bounded run inside `npm test` is tests/integration/robustness/fuzz-api.test.ts.
 * @see https://schemathesis.readthedocs.io/en/stable/reference/checks/
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ensureSchemathesis } from "./schemathesis.ts";
import { startFuzzTarget } from "./target.ts";

const { values } = parseArgs({
  options: {
    "max-examples": { type: "string", default: "100" },
    "max-time": { type: "string" },
    phases: { type: "string", default: "examples,coverage,fuzzing,stateful" },
    workers: { type: "string", default: "1" },
    seed: { type: "string" },
  },
});

const log = (line: string) => process.stderr.write(`[fuzz:api] ${line}\n`);

/**
 * Statuses a request schemathesis made invalid on purpose may get. Beyond its defaults: 413 (body too
 * large), 414 (path parameter too long), 415 (not JSON) and 429 (the write route's own small rate limit,
 * which a fuzzer spends in seconds) are all correct refusals of bad or excess input.
 */
const NEGATIVE_STATUSES = [
  "400",
  "401",
  "403",
  "404",
  "405",
  "406",
  "409",
  "413",
  "414",
  "415",
  "422",
  "429",
];

/**
 * The import routes fetch the address they are given: a schema-valid address may still be refused (403:
 * private or loopback, robots.txt), hold no article (422), or name a host that does not answer (502, the
 * upstream's failure, declared and by design; the fuzzer's hosts never resolve here).
 */
const FETCHING_ROUTES = ["/api/documents/import/", "/api/documents/import/preview"];

const configToml = `
[generation]
database = "none"

[checks.negative_data_rejection]
expected-statuses = [${NEGATIVE_STATUSES.map((s) => `"${s}"`).join(", ")}]

[headers]
Authorization = "Bearer \${JJ_FUZZ_TOKEN}"
${FETCHING_ROUTES.map(
  (path) => `
[[operations]]
include-path = "${path}"
checks.positive_data_acceptance.expected-statuses = ["2xx", "401", "403", "422", "429", "502"]
checks.not_a_server_error.expected-statuses = ["2xx", "3xx", "4xx", "502", "503"]
`,
).join("")}`;

const binary = await ensureSchemathesis(log);
const target = await startFuzzTarget(log);
const workDir = mkdtempSync(join(tmpdir(), "jejaring-fuzz-report-"));
let exitCode = 1;
try {
  const configFile = join(workDir, "schemathesis.toml");
  writeFileSync(configFile, configToml);
  const args = [
    "--config-file",
    configFile,
    "run",
    `${target.baseUrl}/api/openapi.json`,
    "--checks",
    "all",
    "--phases",
    values.phases,
    "--max-examples",
    values["max-examples"],
    "--workers",
    values.workers,
    "--no-color",
    // A saved view's state has a strict grammar (the explorer's own link text), so most generated bodies
    // for PUT /api/views/{id} are filtered out before they are sent: a limit of generation, not a fault.
    "--suppress-health-check",
    "filter_too_much",
    ...(values["max-time"] ? ["--max-time", values["max-time"]] : []),
    ...(values.seed ? ["--seed", values.seed] : []),
  ];
  log(`schemathesis ${args.slice(2).join(" ")}`);
  const started = Date.now();
  let output = "";
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(binary, args, {
      // Its caches (.schemathesis/) go to the throwaway folder, not into the work tree.
      cwd: workDir,
      // The token reaches schemathesis through its environment, never its argv (visible in process lists).
      env: { ...process.env, JJ_FUZZ_TOKEN: target.token, PYTHONIOENCODING: "utf-8" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.once("error", reject);
    child.once("exit", resolve);
  });
  const failures = countFailures(output);
  const requests = [...target.statuses.values()].reduce((a, b) => a + b, 0);
  const byStatus = [...target.statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}: ${n}`)
    .join(", ");
  process.stdout.write(
    `\nfuzz:api: ${requests} requests made in ${Math.round((Date.now() - started) / 1000)} s (${byStatus})\n` +
      `fuzz:api: ${failures ?? "unknown (schemathesis did not finish)"} failures found; schemathesis exit code ${code}\n`,
  );
  exitCode = code === 0 && failures === 0 ? 0 : 1;
} finally {
  await target.close();
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(exitCode);

/**
 * Failures and errors from schemathesis's closing line ("=== 4 failures, 1 error, 2 warnings in 100s ===",
 * or "No issues found"); undefined when there is no such line (it crashed before the end).
 */
function countFailures(text: string): number | undefined {
  const closing = text
    .split("\n")
    .reverse()
    .find((line) => /^=+ .* in [\d.]+s =+$/.test(line.trim()));
  if (!closing) return undefined;
  const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(closing)?.[1] ?? 0);
  return count("failure") + count("error");
}
