/**
 * Makes sure the embedded Neo4j launcher can run: Neo4j's jars resolved from Maven Central into neo4j/lib
 * (by Maven, from neo4j/pom.xml) and the launcher class compiled into neo4j/target/classes (by javac).
 *
 * Both steps are skipped when their output is newer than their input, so only the very first start pays
 * for the download. Each step writes into a temporary folder and renames it into place, so a start and a
 * test run racing on a fresh clone never see a half-copied lib/ (the loser simply discards its copy).
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { launcherDir } from "../paths.ts";

const run = promisify(execFile);

const POM = join(launcherDir, "pom.xml");
const SOURCE = join(launcherDir, "src", "main", "java", "dev", "jejaring", "EmbeddedNeo4j.java");
const LIB = join(launcherDir, "lib");
const CLASSES = join(launcherDir, "target", "classes");
const CLASS_FILE = join(CLASSES, "dev", "jejaring", "EmbeddedNeo4j.class");
const STAMP = join(LIB, ".pom-sha256");

export const MAIN_CLASS = "dev.jejaring.EmbeddedNeo4j";

export class ToolchainError extends Error {
  override readonly name = "ToolchainError";
}

const USE_EXTERNAL =
  "or point the app at an existing Neo4j 5 with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD (see README).";

/** The Java major version on PATH, or a ToolchainError saying how to get one. */
export async function javaMajorVersion(): Promise<number> {
  let banner: string;
  try {
    const { stderr, stdout } = await run("java", ["-version"]);
    banner = `${stderr}${stdout}`;
  } catch {
    throw new ToolchainError(
      `Java 17 or newer is needed to run the embedded Neo4j, and "java" was not found on PATH. ` +
        `Install it (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless) ${USE_EXTERNAL}`,
    );
  }
  const match = /version "(?:1\.)?(\d+)/.exec(banner);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new ToolchainError(
      `Java 17 or newer is needed to run the embedded Neo4j; found: ${banner.split("\n")[0]}. ` +
        `Install a newer JDK ${USE_EXTERNAL}`,
    );
  }
  return major;
}

async function requireMaven(): Promise<void> {
  try {
    await run("mvn", ["-v"]);
  } catch {
    throw new ToolchainError(
      `Maven 3 is needed once, to download Neo4j's jars from Maven Central, and "mvn" was not found on PATH. ` +
        `Install it (Debian/Ubuntu: apt-get install maven) ${USE_EXTERNAL}`,
    );
  }
}

function pomDigest(): string {
  return createHash("sha256").update(readFileSync(POM)).digest("hex");
}

function jarsAreCurrent(): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === pomDigest();
}

function classIsCurrent(): boolean {
  return existsSync(CLASS_FILE) && statSync(CLASS_FILE).mtimeMs >= statSync(SOURCE).mtimeMs;
}

/** Moves a freshly built folder into place unless another process got there first. */
function publish(tmp: string, target: string, isCurrent: () => boolean): void {
  if (isCurrent()) {
    rmSync(tmp, { recursive: true, force: true });
    return;
  }
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (!isCurrent()) throw error;
  }
}

async function resolveJars(log: (line: string) => void): Promise<void> {
  await requireMaven();
  log("Downloading Neo4j 5.26 jars from Maven Central (first start only, about a minute)...");
  const tmp = `${LIB}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    await run(
      "mvn",
      [
        "-q",
        "-B",
        "-f",
        POM,
        "dependency:copy-dependencies",
        `-DoutputDirectory=${tmp}`,
        "-DincludeScope=runtime",
      ],
      { maxBuffer: 64 << 20 },
    );
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    const output = error instanceof Error && "stdout" in error ? String(error.stdout).slice(-2000) : "";
    throw new ToolchainError(
      `Maven could not resolve Neo4j's jars (is Maven Central reachable?).\n${output}\n` +
        `Run "mvn -f neo4j/pom.xml dependency:copy-dependencies -DoutputDirectory=neo4j/lib" to see the full error, ${USE_EXTERNAL}`,
    );
  }
  writeFileSync(join(tmp, ".pom-sha256"), pomDigest());
  publish(tmp, LIB, jarsAreCurrent);
}

async function compileLauncher(log: (line: string) => void): Promise<void> {
  log("Compiling the embedded Neo4j launcher...");
  const tmp = `${CLASSES}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await run("javac", ["--release", "17", "-cp", join(LIB, "*"), "-d", tmp, SOURCE]);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    const detail = error instanceof Error && "stderr" in error ? String(error.stderr) : String(error);
    throw new ToolchainError(
      `javac could not compile the Neo4j launcher (javac comes with a JDK; a JRE alone is not enough):\n${detail}`,
    );
  }
  mkdirSync(join(launcherDir, "target"), { recursive: true });
  publish(tmp, CLASSES, classIsCurrent);
}

/** Ensures jars and launcher exist; returns the Java classpath to start it with. */
export async function ensureLauncherBuilt(log: (line: string) => void = () => {}): Promise<string> {
  await javaMajorVersion();
  if (!jarsAreCurrent()) await resolveJars(log);
  if (!classIsCurrent()) await compileLauncher(log);
  return `${CLASSES}:${join(LIB, "*")}`;
}
