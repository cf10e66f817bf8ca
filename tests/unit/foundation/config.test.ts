import { describe, expect, it } from "vitest";
import { bytesOf, ConfigError, loadConfig } from "../../../server/config.ts";

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(8080);
    expect(config.HOST).toBe("127.0.0.1");
    expect(config.EMBEDDED_NEO4J_PORT).toBe(7687);
    expect(config.DATA_DIR).toBe(".data");
    expect(config.dataDir.endsWith("/.data")).toBe(true);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.API_TOKEN).toBeUndefined();
    expect(config.SEARCH_INDEX).toBe("on");
    expect(config.INDEX_REBUILD_SECONDS).toBe(30);
    expect(config.RESPONSE_CHECKS).toBe("off");
    expect(config.API_WORKERS).toBe(1);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    ["PORT", "80a", "PORT"],
    ["PORT", "70000", "PORT"],
    ["EMBEDDED_NEO4J_PORT", "0", "EMBEDDED_NEO4J_PORT"],
    ["LOG_LEVEL", "loud", "LOG_LEVEL"],
    ["NEO4J_HEAP", "lots", "NEO4J_HEAP"],
    ["NEO4J_URI", "http://example.org", "NEO4J_URI"],
    ["API_TOKEN", "short", "API_TOKEN"],
    ["QUERY_TIMEOUT_MS", "-5", "QUERY_TIMEOUT_MS"],
    ["SEARCH_INDEX", "yes", "SEARCH_INDEX"],
    ["RESPONSE_CHECKS", "always", "RESPONSE_CHECKS"],
    ["API_WORKERS", "0", "API_WORKERS"],
    ["API_WORKERS", "many", "API_WORKERS"],
    ["INDEX_REBUILD_SECONDS", "0", "INDEX_REBUILD_SECONDS"],
    ["INDEX_REBUILD_SECONDS", "soon", "INDEX_REBUILD_SECONDS"],
  ])("rejects %s=%s naming the variable and what it accepts", (name, value, named) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(`${named}=${JSON.stringify(value)}`);
    expect(message).toMatch(/must|required/);
  });

  it("lists every bad variable at once", () => {
    expect(() => loadConfig({ PORT: "x", LOG_LEVEL: "y" })).toThrow(/PORT=.*\n.*LOG_LEVEL=/s);
  });

  it("requires a password for an external Neo4j", () => {
    expect(() => loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" })).toThrow(/NEO4J_PASSWORD/);
    const config = loadConfig({ NEO4J_URI: "bolt://db:7687", NEO4J_PASSWORD: "long-enough" });
    expect(config.NEO4J_URI).toBe("bolt://db:7687");
  });

  it("treats empty optional variables as unset", () => {
    expect(loadConfig({ NEO4J_URI: "", API_TOKEN: "  " }).NEO4J_URI).toBeUndefined();
  });
});

describe("bytesOf", () => {
  it("converts JVM-style sizes", () => {
    expect(bytesOf("512m")).toBe(512 * 1024 ** 2);
    expect(bytesOf("2G")).toBe(2 * 1024 ** 3);
    expect(() => bytesOf("2 gigabytes")).toThrow(ConfigError);
  });
});
