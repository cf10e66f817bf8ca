/**
 * Where the project's own files live, independent of the current directory: scripts may be started from
 * anywhere (npm runs them from the root, Vitest workers from elsewhere).
 */
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const launcherDir = join(projectRoot, "neo4j");
export const cypherDir = join(projectRoot, "cypher");
export const seedsDir = join(projectRoot, "seeds");
export const webDir = join(projectRoot, "web");
export const webDistDir = join(projectRoot, "web", "dist");
