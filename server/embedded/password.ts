/**
 * The embedded Neo4j's password: NEO4J_PASSWORD when given, otherwise one generated on first start and kept
 * in DATA_DIR/neo4j-password, readable by the owner only (0600), so auth stays on without asking the user
 * to invent a secret.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const PASSWORD_FILE = "neo4j-password";

export function readOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, PASSWORD_FILE);
  if (existsSync(file)) {
    // Tighten the mode in case the file was copied or restored with looser permissions.
    chmodSync(file, 0o600);
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 8) return stored;
  }
  const generated = randomBytes(24).toString("base64url");
  writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return generated;
}
