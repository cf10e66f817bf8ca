/**
 * Saved views on the real Neo4j: saved with the token, listed latest first and paged, opened by id,
 * replaced, renamed and deleted; seen at once by another app on the same database (another worker, another
 * analyst), never from a cache; the graph's version left alone; a name held by one view only, regardless of
 * case and spacing, also when two analysts save the same name at once. Hostile input: no token or a wrong one,
 * writes disabled, huge and blank names, control characters, Cypher-looking text (stored literally), states
 * that are not the explorer's (unknown parameters, markup, wrong order, too long), wrong types, extra
 * fields, malformed JSON, unknown and malformed ids: each a clear 4xx, nothing stored.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  VIEW_STATE_MAX_LENGTH,
  type SavedView,
  type SavedViewList,
  type SavedViewSummary,
} from "../../../server/schemas/view.ts";
import { graphShape } from "../../helpers/_graph.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { bodyOf, seededApp, type SeededApp } from "./_seeded-app.ts";

const TOKEN = "views-test-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };
const STATE =
  "panel=details&sel=32.75&x=32.75&x=50d2te%7E52.07&pin=32.75&kinds=agreement%2Csister_city" +
  "&sectors=air+minum&from=2019&to=2024&lay=k3f0a1b.-2c_00000a.b&vp=1f4.-2c.3";
const UNKNOWN_ID = "3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

let seeded: SeededApp;
/** Another app on the same database: another API worker, or the server another analyst reaches. */
let other: FastifyInstance;
let readOnly: FastifyInstance;
/** Writes a minute for the apps that save many views here; `limited` keeps a small limit to test it. */
const MANY = { writesPerMinute: 1000 };
let limited: FastifyInstance;

beforeAll(async () => {
  seeded = await seededApp({ API_TOKEN: TOKEN, BODY_LIMIT_BYTES: "65536" }, MANY);
  other = await buildTestApp(seeded.driver, { API_TOKEN: TOKEN }, MANY);
  limited = await buildTestApp(seeded.driver, { API_TOKEN: TOKEN }, { writesPerMinute: 2 });
  readOnly = await buildTestApp(seeded.driver);
});

afterAll(async () => {
  await other?.close();
  await readOnly?.close();
  await limited?.close();
  await seeded?.close();
});

const send = (
  method: "POST" | "PUT" | "DELETE",
  url: string,
  payload?: unknown,
  headers: Record<string, string> = auth,
  app: FastifyInstance = seeded.app,
) =>
  app.inject({
    method,
    url,
    headers: { ...(payload === undefined ? {} : { "content-type": "application/json" }), ...headers },
    ...(payload === undefined
      ? {}
      : { payload: typeof payload === "string" ? payload : JSON.stringify(payload) }),
  });

const save = async (body: Record<string, unknown>) =>
  bodyOf<SavedViewSummary>(await send("POST", "/api/views", body), 201);
const list = async (query = "", app = seeded.app) =>
  bodyOf<SavedViewList>(await app.inject({ url: `/api/views${query}` }));
/** The graph's version as stored (the health route's copy may not have been read yet). */
const version = async () => {
  const { records } = await seeded.driver.executeQuery(
    "MATCH (g:GraphState {key: 'graph'}) RETURN g.epoch + ':' + toString(g.version) AS version",
  );
  return records[0]?.get("version") as string;
};

describe("saved views", () => {
  it("start empty", async () => {
    expect(await list()).toEqual({ views: [], total: 0, limit: 20, offset: 0 });
  });

  it("are saved, opened by id by another app at once, and leave the graph's version alone", async () => {
    const before = await version();
    expect(before).toMatch(/^[0-9a-f-]{36}:\d+$/);
    const saved = await save({ name: "  Bekasi dan mitranya  ", creator: "Analis A", state: STATE });
    expect(saved).toMatchObject({ name: "Bekasi dan mitranya", creator: "Analis A" });
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(Date.parse(saved.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    const opened = bodyOf<SavedView>(await other.inject({ url: `/api/views/${saved.id}` }));
    expect(opened).toEqual({ ...saved, state: STATE });
    const listed = await list("", other);
    expect(listed.views).toEqual([saved]);
    expect(listed.total).toBe(1);
    expect(await version()).toBe(before);
  });

  it("are never answered from the response cache: a list asked again shows the view saved between", async () => {
    const first = await seeded.app.inject({ url: "/api/views" });
    expect(first.headers["x-cache"]).toBeUndefined();
    const saved = await save({ name: "Kedua", creator: "Analis B", state: "" });
    const again = await seeded.app.inject({ url: "/api/views" });
    expect(again.headers["x-cache"]).toBeUndefined();
    expect(again.json<SavedViewList>().views[0]).toEqual(saved);
  });

  it("are replaced by id, keeping createdAt and moving updatedAt, and listed latest first", async () => {
    const { views } = await list();
    const oldest = views[views.length - 1]!;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const replaced = bodyOf<SavedViewSummary>(
      await send("PUT", `/api/views/${oldest.id}`, {
        name: "Bekasi, 2019-2024",
        creator: "Analis C",
        state: "sel=31",
      }),
    );
    expect(replaced).toMatchObject({ id: oldest.id, createdAt: oldest.createdAt, creator: "Analis C" });
    expect(replaced.updatedAt > oldest.updatedAt).toBe(true);
    expect((await list()).views[0]!.id).toBe(oldest.id);
    expect(bodyOf<SavedView>(await seeded.app.inject({ url: `/api/views/${oldest.id}` })).state).toBe(
      "sel=31",
    );
  });

  it("are paged", async () => {
    for (let i = 0; i < 23; i++)
      await save({ name: `Tampilan ${i}`, creator: "Analis D", state: `sel=${10 + i}` });
    const page = await list("?limit=10&offset=20");
    expect(page).toMatchObject({ total: 25, limit: 10, offset: 20 });
    expect(page.views).toHaveLength(5);
    const all = [...(await list("?limit=100")).views];
    expect(all).toHaveLength(25);
    expect(new Set(all.map((v) => v.id)).size).toBe(25);
    const ordered = all.map((v) => v.updatedAt);
    expect(ordered).toEqual([...ordered].sort().reverse());
    expect((await list("?offset=1000")).views).toEqual([]);
  });

  it("are deleted with the token, after which the id is unknown", async () => {
    const saved = await save({ name: "Sementara", creator: "Analis E", state: "" });
    expect(bodyOf(await send("DELETE", `/api/views/${saved.id}`), 200)).toEqual({
      id: saved.id,
      deleted: true,
    });
    expect(bodyOf(await send("DELETE", `/api/views/${saved.id}`), 404)).toMatchObject({
      code: "JJ_NOT_FOUND",
    });
    expect(bodyOf(await seeded.app.inject({ url: `/api/views/${saved.id}` }), 404)).toMatchObject({
      code: "JJ_NOT_FOUND",
    });
  });

  it("keep a name for one view: a save or rename to a taken name is refused with 409, nothing written", async () => {
    const holder = await save({ name: "Jawa Barat 2020", creator: "Analis F", state: "sel=32" });
    const other = await save({ name: "Jawa Timur 2020", creator: "Analis F", state: "sel=35" });
    const total = (await list()).total;
    for (const name of ["Jawa Barat 2020", "  jawa   BARAT 2020 "]) {
      const refused = bodyOf<{ code: string; details: { path: string; message: string }[] }>(
        await send("POST", "/api/views", { name, creator: "Analis G", state: "sel=31" }),
        409,
      );
      expect(refused.code).toBe("JJ_VIEW_NAME_TAKEN");
      expect(refused.details).toEqual([{ path: "body.name", message: expect.stringContaining(holder.id) }]);
    }
    const renamed = await send("PUT", `/api/views/${other.id}`, {
      name: "JAWA BARAT 2020",
      creator: "Analis G",
      state: "sel=31",
    });
    expect(bodyOf<{ code: string }>(renamed, 409).code).toBe("JJ_VIEW_NAME_TAKEN");
    expect(bodyOf<SavedView>(await seeded.app.inject({ url: `/api/views/${other.id}` }))).toMatchObject({
      name: "Jawa Timur 2020",
      creator: "Analis F",
      state: "sel=35",
      updatedAt: other.updatedAt,
    });
    expect((await list()).total).toBe(total);
    // A view may take its own name in another case; the freed name is then free for others.
    const recased = bodyOf<SavedViewSummary>(
      await send("PUT", `/api/views/${other.id}`, { name: "JAWA TIMUR 2020", creator: "F", state: "sel=35" }),
    );
    expect(recased.name).toBe("JAWA TIMUR 2020");
    await send("PUT", `/api/views/${holder.id}`, { name: "Jawa Barat 2021", creator: "F", state: "sel=32" });
    expect((await save({ name: "jawa barat 2020", creator: "Analis G", state: "" })).name).toBe(
      "jawa barat 2020",
    );
  });

  it("store one view when two analysts save the same name at once; the others get a 409", async () => {
    const total = (await list()).total;
    const answers = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        send(
          "POST",
          "/api/views",
          { name: "Serentak", creator: `Analis ${i}`, state: "" },
          auth,
          i % 2 ? other : seeded.app,
        ),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409]);
    expect((await list()).total).toBe(total + 1);
  });

  it("store Cypher-looking and markup text literally, and change nothing else", async () => {
    const shape = await graphShape(seeded.driver);
    const name = "'}) MATCH (n) DETACH DELETE n // <script>alert(1)</script>";
    const creator = '"}) RETURN 1 UNION MATCH (m) DETACH DELETE m //';
    const saved = await save({ name, creator, state: "sel=32.75" });
    expect(bodyOf<SavedView>(await seeded.app.inject({ url: `/api/views/${saved.id}` }))).toMatchObject({
      name,
      creator,
    });
    const after = await graphShape(seeded.driver);
    expect(after.labels).toEqual({ ...shape.labels, SavedView: shape.labels.SavedView! + 1 });
    expect(after.types).toEqual(shape.types);
  });
});

describe("saved views refuse", () => {
  const valid = { name: "Nama", creator: "Analis", state: "sel=32.75" };

  it("writes without a token or with a wrong one (401), and every write when writes are disabled (403)", async () => {
    const total = (await list()).total;
    for (const headers of <Record<string, string>[]>[
      {},
      { authorization: "Bearer wrong-token-0123456789" },
      { authorization: TOKEN },
    ]) {
      expect(bodyOf(await send("POST", "/api/views", valid, headers), 401)).toMatchObject({
        code: "JJ_TOKEN",
      });
      expect((await send("PUT", `/api/views/${UNKNOWN_ID}`, valid, headers)).statusCode).toBe(401);
      expect((await send("DELETE", `/api/views/${UNKNOWN_ID}`, undefined, headers)).statusCode).toBe(401);
    }
    for (const headers of [{}, auth]) {
      const body = bodyOf<{ code: string }>(await send("POST", "/api/views", valid, headers, readOnly), 403);
      expect(body.code).toBe("JJ_WRITES_DISABLED");
    }
    // Reading needs no token.
    expect((await readOnly.inject({ url: "/api/views" })).statusCode).toBe(200);
    expect((await list()).total).toBe(total);
  });

  it.each([
    ["a name of 121 characters", { ...valid, name: "n".repeat(121) }, "body.name"],
    ["a blank name", { ...valid, name: "   " }, "body.name"],
    ["an empty creator", { ...valid, creator: "" }, "body.creator"],
    ["a name with a line break", { ...valid, name: "a\nb" }, "body.name"],
    ["a name with NUL", { ...valid, name: "a\u0000b" }, "body.name"],
    ["a creator of 61 characters", { ...valid, creator: "c".repeat(61) }, "body.creator"],
    ["a number for a name", { ...valid, name: 5 }, "body.name"],
    ["a list for a state", { ...valid, state: ["sel=32.75"] }, "body.state"],
    ["null for a state", { ...valid, state: null }, "body.state"],
    ["no state", { name: "n", creator: "c" }, "body.state"],
    ["an unknown parameter", { ...valid, state: "sel=32.75&evil=1" }, "body.state"],
    ["markup in a node id", { ...valid, state: "sel=%3Cscript%3E" }, "body.state"],
    ["a raw script", { ...valid, state: "sel=<script>alert(1)</script>" }, "body.state"],
    ["Cypher in a parameter", { ...valid, state: "sel=32.75'}) MATCH (n) DETACH DELETE n //" }, "body.state"],
    ["parameters out of order", { ...valid, state: "x=32.75&sel=32.75" }, "body.state"],
    ["a parameter twice", { ...valid, state: "sel=32.75&sel=31" }, "body.state"],
    ["a leading '?'", { ...valid, state: "?sel=32.75" }, "body.state"],
    ["an unknown panel", { ...valid, state: "panel=admin" }, "body.state"],
    ["a year out of range", { ...valid, state: "from=1800" }, "body.state"],
    ["an unknown sector", { ...valid, state: "sectors=nuklir" }, "body.state"],
    ["a control character in an id", { ...valid, state: "sel=event%3Aa%0Ab" }, "body.state"],
    [
      "a state over the cap",
      { ...valid, state: `sel=event%3A${"a".repeat(600)}${"&h=31".repeat(VIEW_STATE_MAX_LENGTH / 5)}` },
      "body.state",
    ],
    ["an extra field", { ...valid, id: UNKNOWN_ID }, "body"],
  ])("%s with 400 naming the field", async (_what, payload, field) => {
    const total = (await list()).total;
    const body = bodyOf<{ code: string; details: { path: string }[] }>(
      await send("POST", "/api/views", payload),
      400,
    );
    expect(body.code).toBe("JJ_VALIDATION");
    expect(body.details.map((d) => d.path).join(" ")).toContain(field);
    expect((await send("PUT", `/api/views/${UNKNOWN_ID}`, payload)).statusCode).toBe(400);
    expect((await list()).total).toBe(total);
  });

  it("writes past the writes' rate limit with 429, reads still answered", async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await send("DELETE", `/api/views/${UNKNOWN_ID}`, undefined, auth, limited)).statusCode);
    expect(statuses).toEqual([404, 404, 429]);
    expect((await limited.inject({ url: "/api/views" })).statusCode).toBe(200);
  });

  it.each([
    ["malformed JSON", "{", 400],
    ["an empty body", "", 400],
    ["a JSON list", "[]", 400],
    ["binary", "\u0000\u0001\u0002", 400],
  ] as const)("%s with %s", async (_what, payload, status) => {
    expect((await send("POST", "/api/views", payload)).statusCode).toBe(status);
  });

  it("a body that is not JSON with 415, and one over the body limit with 413", async () => {
    const plain = await seeded.app.inject({
      method: "POST",
      url: "/api/views",
      headers: { ...auth, "content-type": "text/plain" },
      payload: JSON.stringify(valid),
    });
    expect(plain.statusCode).toBe(415);
    const huge = await send("POST", "/api/views", { ...valid, name: "n".repeat(70_000) });
    expect(huge.statusCode).toBe(413);
  });

  it("unknown ids with 404, malformed ones with 400, over-long ones with 414", async () => {
    expect(bodyOf(await seeded.app.inject({ url: `/api/views/${UNKNOWN_ID}` }), 404)).toMatchObject({
      code: "JJ_NOT_FOUND",
    });
    expect((await send("PUT", `/api/views/${UNKNOWN_ID}`, valid)).statusCode).toBe(404);
    expect((await send("DELETE", `/api/views/${UNKNOWN_ID}`)).statusCode).toBe(404);
    for (const id of ["1", "..%2F..%2Fetc", "1'%20OR%20'1'%3D'1", UNKNOWN_ID.toUpperCase(), "%00"]) {
      expect((await seeded.app.inject({ url: `/api/views/${id}` })).statusCode, id).toBe(400);
      expect((await send("DELETE", `/api/views/${id}`)).statusCode, id).toBe(400);
    }
    expect((await seeded.app.inject({ url: `/api/views/${"a".repeat(300)}` })).statusCode).toBe(414);
  });

  it.each(["limit=0", "limit=101", "limit=ten", "offset=-1", "offset=1.5", "offset=", "limit=1&limit=2"])(
    "a list asked with %s with 400",
    async (query) => {
      expect(bodyOf(await seeded.app.inject({ url: `/api/views?${query}` }), 400)).toMatchObject({
        code: "JJ_VALIDATION",
      });
    },
  );

  it("nothing and answer no 500 for a lone surrogate in a name: it is stored as the replacement character", async () => {
    const saved = await save({ ...valid, name: "a\ud800b" });
    expect(bodyOf<SavedView>(await seeded.app.inject({ url: `/api/views/${saved.id}` })).name).toBe(
      "a\ufffdb",
    );
  });
});
