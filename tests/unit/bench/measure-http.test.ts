/**
 * bench:api's HTTP load, with Node's client and with autocannon, against a local server: every answer is
 * timed to the end of its body, errors are counted by kind, and each request takes the route's next path.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureHttp, type LoadClient } from "../../../bench/api/measure.ts";
import type { BenchRoute } from "../../../bench/api/workload.ts";

let server: Server;
let baseUrl: string;
const pathsSeen: string[] = [];
const BODY = Buffer.alloc(300_000, "x");

beforeAll(async () => {
  server = createServer((request, response) => {
    pathsSeen.push(request.url ?? "");
    if (request.url?.startsWith("/missing")) {
      response.writeHead(404).end("no");
      return;
    }
    // Half the body now, the rest 40 ms later: a request is timed until its last byte.
    response.writeHead(200, { "content-length": BODY.length });
    response.write(BODY.subarray(0, BODY.length / 2));
    setTimeout(() => response.end(BODY.subarray(BODY.length / 2)), 40);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const route = (path: (i: number) => string): BenchRoute => ({
  name: "test",
  count: 4,
  path,
  bare: async () => undefined,
});

describe.each<LoadClient>(["node", "autocannon"])("measureHttp with %s", (client) => {
  it("times each answer to its last byte and takes the route's paths in turn", async () => {
    pathsSeen.length = 0;
    const measured = await measureHttp(
      baseUrl,
      route((i) => `/ok/${i % 4}`),
      { connections: 3, seconds: 1 },
      client,
    );
    expect(measured.errors).toBe(0);
    expect(measured.requests).toBeGreaterThan(5);
    expect(measured.p50).toBeGreaterThanOrEqual(39);
    expect(new Set(pathsSeen)).toEqual(new Set(["/ok/0", "/ok/1", "/ok/2", "/ok/3"]));
  });

  it("counts error answers by status and leaves them out of the latencies", async () => {
    const measured = await measureHttp(
      baseUrl,
      route((i) => (i % 2 === 0 ? "/missing" : "/ok")),
      { connections: 2, seconds: 1 },
      client,
    );
    expect(measured.errors).toBeGreaterThan(0);
    expect(measured.errorKinds?.["404"]).toBe(measured.errors);
    expect(measured.requests).toBeGreaterThan(0);
    expect(measured.p50).toBeGreaterThanOrEqual(39);
  });
});
