/**
 * `npm run setup:neo4j`: resolves Neo4j's jars from Maven Central and compiles the embedded launcher, the
 * same step `npm start` and the test set-up take on their first run, for CI and for offline preparation.
 */
import { ensureLauncherBuilt, ToolchainError } from "../embedded/build.ts";

try {
  await ensureLauncherBuilt((line) => process.stdout.write(`${line}\n`));
  process.stdout.write("Embedded Neo4j launcher is ready.\n");
} catch (error) {
  process.stderr.write(`${error instanceof ToolchainError ? error.message : String(error)}\n`);
  process.exit(1);
}
