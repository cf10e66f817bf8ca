/**
 * The Node versions package.json supports (engines: ^20.19 or 22.12+, which is what vite asks) and what
 * they rest on. Two dependencies declare Node 22 or later: idn-area-data 4, which the gazetteer and the
 * official regions read, and cookie 2, which light-my-request (Fastify's `inject`) uses. Neither uses
 * anything Node 20 lacks (idn-area-data reads its CSV files with fs streams and papaparse; cookie parses
 * and formats strings), so we keep them and prove it here, on whichever Node runs the suite: CI and this
 * machine run Node 20.
 */
import Fastify from "fastify";
import { getProvinces, getRegencies } from "idn-area-data";
import { describe, expect, it } from "vitest";
import pkg from "../../../package.json" with { type: "json" };

/** Whether `version` ("20.20.2") satisfies a range of the form "^20.19.0 || >=22.12.0". */
function satisfies(version: string, range: string): boolean {
  const parts = (v: string) => v.split(".").map(Number) as [number, number, number];
  const atLeast = (v: number[], w: number[]) => v[0]! - w[0]! || v[1]! - w[1]! || v[2]! - w[2]!;
  const [major] = parts(version);
  return range.split("||").some((alternative) => {
    const match = /^\s*(\^|>=)(\d+\.\d+\.\d+)\s*$/.exec(alternative);
    if (!match) throw new Error(`unexpected range: ${alternative}`);
    const floor = parts(match[2]!);
    return atLeast(parts(version), floor) >= 0 && (match[1] === ">=" || major === floor[0]);
  });
}

describe("the supported Node versions", () => {
  it("include the Node running these tests, and Node 20.19, which CI runs", () => {
    expect(satisfies(process.versions.node, pkg.engines.node)).toBe(true);
    expect(satisfies("20.19.0", pkg.engines.node)).toBe(true);
    expect(satisfies("22.11.0", pkg.engines.node)).toBe(false);
  });

  it("read idn-area-data 4's regions on this Node", async () => {
    expect(await getProvinces()).toHaveLength(38);
    expect(await getRegencies()).toHaveLength(514);
  });

  it("send cookies through cookie 2, as Fastify's inject does, on this Node", async () => {
    const app = Fastify();
    app.get("/", async (request) => ({ cookie: request.headers.cookie }));
    try {
      const response = await app.inject({ url: "/", cookies: { region: "Kota Bekasi", code: "32.75" } });
      expect(response.json()).toEqual({ cookie: "region=Kota%20Bekasi; code=32.75" });
    } finally {
      await app.close();
    }
  });
});
