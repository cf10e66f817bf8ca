/**
 * The embedded Neo4j as a process: its own instance here (not the shared one), because these tests start,
 * kill and restart it.
 */
import { readFileSync, statSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../../server/db/neo4j.ts";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../../server/embedded/neo4j-process.ts";
import { findFreePort, isPortFree } from "../../../server/embedded/ports.ts";

let dataDir: string;
let port: number;
let instance: EmbeddedNeo4j | undefined;

const start = async () => startEmbeddedNeo4j({ dataDir, port, heap: "512m", pageCache: "128m" });

async function countMarkers(db: EmbeddedNeo4j): Promise<number> {
  const driver = createDriver(db.uri, db.user, db.password);
  try {
    const result = await driver.executeQuery("MATCH (m:TestMarker) RETURN count(m) AS n");
    return Number(result.records[0]?.get("n"));
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "jejaring-embedded-"));
  port = await findFreePort();
  instance = await start();
});

afterAll(async () => {
  await instance?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the embedded Neo4j", () => {
  it("keeps a generated password in DATA_DIR with mode 0600 and enforces it", async () => {
    const file = join(dataDir, "neo4j-password");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8").trim()).toBe(instance!.password);
    const wrong = createDriver(instance!.uri, "neo4j", "not-the-password");
    await expect(wrong.verifyConnectivity()).rejects.toThrow(/auth|credentials|unauthorized/i);
    await wrong.close();
  });

  it("listens on 127.0.0.1 only", () => {
    const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
    const listening = ["/proc/net/tcp", "/proc/net/tcp6"]
      .flatMap((file) => readFileSync(file, "utf8").split("\n").slice(1))
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === "0A")
      .map((cols) => cols[1]!.split(":")[0]);
    expect(listening.length).toBeGreaterThan(0);
    // 0100007F is 127.0.0.1; as IPv4-mapped IPv6 it is 0000000000000000FFFF00000100007F.
    for (const address of listening) expect(address).toMatch(/0100007F$/);
  });

  it("keeps its data across a clean restart", async () => {
    const driver = createDriver(instance!.uri, instance!.user, instance!.password);
    await driver.executeQuery("CREATE (:TestMarker {at: timestamp()})");
    await driver.close();
    await instance!.stop();
    instance = await start();
    expect(await countMarkers(instance)).toBe(1);
  });

  it("recovers after being killed with SIGKILL, data intact", async () => {
    process.kill(instance!.pid, "SIGKILL");
    await instance!.exited;
    instance = await start();
    expect(await countMarkers(instance)).toBe(1);
  });

  it("refuses a port already in use, naming the port and the variable", async () => {
    const busy: Server = createServer();
    const busyPort = await findFreePort();
    await new Promise<void>((resolve) => busy.listen(busyPort, "127.0.0.1", resolve));
    try {
      await expect(startEmbeddedNeo4j({ dataDir: join(dataDir, "other"), port: busyPort })).rejects.toThrow(
        new RegExp(`Port ${busyPort} .*in use.*EMBEDDED_NEO4J_PORT`, "s"),
      );
    } finally {
      busy.close();
    }
  });

  it("refuses a DATA_DIR it cannot write, saying so", async () => {
    const file = join(dataDir, "a-file");
    writeFileSync(file, "");
    await expect(
      startEmbeddedNeo4j({ dataDir: join(file, "data"), port: await findFreePort() }),
    ).rejects.toThrow(/DATA_DIR .* is not writable/);
  });

  it("reports a store locked by another instance with the log tail and what to do", async () => {
    const otherPort = await findFreePort();
    await expect(startEmbeddedNeo4j({ dataDir, port: otherPort, heap: "512m" })).rejects.toThrow(
      /did not start[\s\S]*locked by another process[\s\S]*What to do/,
    );
    expect(await isPortFree(otherPort)).toBe(true);
  });
});
