/**
 * Schemathesis, the OpenAPI fuzzer `npm run fuzz:api` drives: installed from PyPI at a pinned version into
 * the project's own git-ignored virtual environment (.venv/) the first time it is needed, so a fresh clone
 * needs only python3, and a later run starts at once.
 *
 * Why a pinned version: the checks and the data they generate change between releases; a pin keeps a run
 * that passed today passing tomorrow for the same code, and an upgrade is a deliberate, reviewed change.
 * @see https://schemathesis.readthedocs.io/en/stable/reference/cli/
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../server/paths.ts";

export const SCHEMATHESIS_VERSION = "4.32.5";

export const venvDir = join(projectRoot, ".venv");
const binary = join(venvDir, "bin", "schemathesis");

function installedVersion(): string | undefined {
  if (!existsSync(binary)) return undefined;
  const result = spawnSync(binary, ["--version"], { encoding: "utf8" });
  return /(\d+\.\d+\.\d+)/.exec(result.stdout ?? "")?.[1];
}

function run(command: string, args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) resolve();
      else {
        log(output.trim().split("\n").slice(-15).join("\n"));
        reject(new Error(`${command} ${args.join(" ")} exited with ${code}`));
      }
    });
  });
}

/** The path of the schemathesis command, installing the pinned version into .venv/ when missing. */
export async function ensureSchemathesis(log: (line: string) => void): Promise<string> {
  if (installedVersion() === SCHEMATHESIS_VERSION) return binary;
  log(`installing schemathesis ${SCHEMATHESIS_VERSION} from PyPI into ${venvDir} (first run only) ...`);
  if (!existsSync(join(venvDir, "bin", "pip"))) {
    try {
      await run("python3", ["-m", "venv", venvDir], log);
    } catch (error) {
      throw new Error(
        `Could not create a Python virtual environment in ${venvDir} (${(error as Error).message}). ` +
          "Install python3 (3.9 or later) with its venv module, e.g. apt-get install python3-venv.",
      );
    }
  }
  await run(
    join(venvDir, "bin", "pip"),
    ["install", "--quiet", "--disable-pip-version-check", `schemathesis==${SCHEMATHESIS_VERSION}`],
    log,
  );
  const version = installedVersion();
  if (version !== SCHEMATHESIS_VERSION) {
    throw new Error(
      `schemathesis reports version ${version ?? "none"} after installing ${SCHEMATHESIS_VERSION}`,
    );
  }
  return binary;
}
