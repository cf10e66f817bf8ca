/**
 * GET /api/stats keeps planned events out of the latest events: a made-up article announcing a meeting on a
 * date later than every event of the seeds gives a planned event, which the overview lists apart as planned,
 * never as the latest event that took place.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Stats } from "../../../server/schemas/stats.ts";
import { bodyOf, indexCurrent, seededApp, type SeededApp } from "./_seeded-app.ts";

const TOKEN = "test-write-token-0123456789";
const PLANNED = {
  title: "Pemkot Bekasi Akan Gelar Rakor dengan Pemkab Sumbawa Barat",
  source: "https://example.test/bekasi-ksb-rakor",
  publishedAt: "2026-06-01",
  text:
    "Pemkot Bekasi Akan Gelar Rakor dengan Pemkab Sumbawa Barat\n\nBEKASI – Pemkot Bekasi akan menggelar " +
    "rapat koordinasi bersama Pemkab Sumbawa Barat pada 20 Agustus 2026.\n",
};

let seeded: SeededApp;

beforeAll(async () => {
  // The counts' first read plans a long query on a cold Neo4j: on a loaded machine it may need more than
  // the default timeout, which is no concern of this test.
  seeded = await seededApp({ API_TOKEN: TOKEN, QUERY_TIMEOUT_MS: "60000" });
  await indexCurrent(seeded.app, "statsCache", 90_000);
});

afterAll(async () => {
  await seeded?.close();
});

const stats = async () => bodyOf<Stats>(await seeded.app.inject({ url: "/api/stats" }));

describe("GET /api/stats with a planned event", () => {
  it("lists no planned event on the seeds, whose latest event took place", async () => {
    const before = await stats();
    expect(before.plannedEvents).toEqual([]);
    expect(before.latestEvents[0]).toMatchObject({ date: "2024-07-15", kind: "meeting" });
  });

  it("lists a planned meeting apart, with its planned date, and not among the latest events", async () => {
    const response = await seeded.app.inject({
      method: "POST",
      url: "/api/documents",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      payload: JSON.stringify(PLANNED),
    });
    expect(response.statusCode).toBe(201);
    const after = await stats();
    expect(after.nodes.Event).toBe(6);
    expect(after.plannedEvents).toEqual([
      expect.objectContaining({ date: "2026-08-20", kind: "meeting", status: "planned" }),
    ]);
    const planned = after.plannedEvents[0]!.id;
    expect(after.latestEvents.map((e) => e.id)).not.toContain(planned);
    expect(after.latestEvents[0]).toMatchObject({ date: "2024-07-15", kind: "meeting" });
  });
});
