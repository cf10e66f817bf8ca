/**
 * The two engines of a partnership hop give the same neighbourhoods: on the seeds plus 400 synthetic
 * articles (hubs with dozens of partners, so budgets cut and `truncated` is set), every third region with
 * events and a sample of other nodes, at every depth and at limits that cut and that do not, the in-memory
 * partner network and Neo4j's expand-partners give the same nodes (with distances and sizes), the same
 * edges and the same `truncated`. A write through the API shows at once, and the network read again after
 * it answers the same.
 */
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from "vitest";
import { createCypherReader } from "../../../server/plugins/external/cypher.ts";
import { readPartnerNetwork } from "../../../server/plugins/app/graph/partner-network.ts";
import type { Graph } from "../../../server/schemas/graph.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { always, graphRepositoryWith } from "./_engines.ts";
import { addSyntheticArticles, bodyOf, indexCurrent, seededApp, type SeededApp } from "./_seeded-app.ts";

const TOKEN = "partner-network-test-token";
let seeded: SeededApp;

beforeAll(async () => {
  seeded = await seededApp({ API_TOKEN: TOKEN });
  await addSyntheticArticles(seeded.driver, 400, 7);
}, 180_000);

afterAll(async () => {
  await seeded?.close();
});

/** Order-free form: nodes and edges sorted by id. */
function normalised(graph: Graph | undefined) {
  if (!graph) return graph;
  const byId = (a: { data: { id: string } }, b: { data: { id: string } }) => (a.data.id < b.data.id ? -1 : 1);
  return { ...graph, nodes: [...graph.nodes].sort(byId), edges: [...graph.edges].sort(byId) };
}

describe("the in-memory partner network", () => {
  it("answers every unfiltered neighbourhood exactly as Neo4j's expand-partners does", async () => {
    const cypher = createCypherReader(seeded.driver, inject("neo4jDatabase"), 60_000);
    const inNeo4j = graphRepositoryWith(cypher);
    const inMemory = graphRepositoryWith(cypher, { hops: await always(await readPartnerNetwork(cypher)) });

    const centres = (
      await seeded.driver.executeQuery(
        `MATCH (r:Region) WHERE EXISTS { (r)<-[:PARTY]-() } RETURN r.code AS code ORDER BY code`,
        {},
        { database: inject("neo4jDatabase") },
      )
    ).records.map((record) => String(record.get("code")));
    expect(centres.length).toBeGreaterThan(100);
    const others = (
      await seeded.driver.executeQuery(
        `MATCH (n) WHERE n:Person OR n:Program OR n:Event RETURN
           CASE WHEN n:Person OR n:Event THEN n.id ELSE 'program:' + n.id END AS id ORDER BY id LIMIT 20`,
        {},
        { database: inject("neo4jDatabase") },
      )
    ).records.map((record) => String(record.get("id")));

    let truncatedSeen = 0;
    let compared = 0;
    // The parties of the seeds' agreement with a hub (Bandung): each is Bandung's partner, not the others'.
    const hubbed = ["16.03", "17.71", "32.03", "32.73"];
    const sampled = centres.filter((code, i) => i % 3 === 0 && !hubbed.includes(code));
    for (const id of [...hubbed, ...sampled, ...others]) {
      for (const [depth, limit] of [
        [1, 200],
        [1, 2],
        [2, 8],
        [2, 40],
        [3, 25],
        [3, 120],
      ] as const) {
        const query = { id, depth, limit };
        const expected = await inNeo4j.neighborhood(query);
        const actual = await inMemory.neighborhood(query);
        expect(normalised(actual), `${id} depth ${depth} limit ${limit}`).toEqual(normalised(expected));
        if (expected?.truncated) truncatedSeen += 1;
        compared += 1;
      }
    }
    const bengkulu = await inMemory.neighborhood({ id: "17.71", depth: 1, limit: 200 });
    // (The synthetic articles give Bengkulu partners of their own.)
    expect(bengkulu?.nodes.map((n) => n.data.id)).toContain("32.73");
    expect(bengkulu?.nodes.map((n) => n.data.id)).not.toContain("32.03");
    expect(compared).toBeGreaterThan(150);
    // The comparison must cover cut neighbourhoods, where the budget logic matters.
    expect(truncatedSeen).toBeGreaterThan(20);
  }, 300_000);

  it("is read again after a write through the API, so a new partnership shows at once", async () => {
    // An app started after the synthetic articles were loaded (its start reads the network), so the
    // network it holds is the whole graph's and not the seeds'. No response cache, so that every answer
    // below is computed, and rebuilds a second apart, so the test need not wait half a minute.
    const app = await buildTestApp(seeded.driver, {
      API_TOKEN: TOKEN,
      RESPONSE_CACHE_MB: "0",
      INDEX_REBUILD_SECONDS: "1",
    });
    onTestFinished(() => app.close());
    const url = "/api/graph/neighborhood?id=11.01";
    await indexCurrent(app, "partnerIndex");
    const before = bodyOf<Graph>(await app.inject({ url }));
    expect(before.nodes.map((n) => n.data.id)).not.toContain("91.71");
    const text =
      "Pemerintah Kabupaten Aceh Selatan dan Pemerintah Kota Jayapura menandatangani nota kesepahaman " +
      "kerja sama bidang pariwisata di Jayapura, Senin (4/3/2024). Bupati Aceh Selatan dan Wali Kota " +
      "Jayapura menyatakan kerja sama ini untuk promosi wisata.";
    const written = await app.inject({
      method: "POST",
      url: "/api/documents",
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: { text, title: "Aceh Selatan dan Jayapura", publishedAt: "2024-03-04" },
    });
    expect(written.statusCode, written.body).toBe(201);
    const after = bodyOf<Graph>(await app.inject({ url }));
    expect(after.nodes.map((n) => n.data.id)).toContain("91.71");
    // Answered from the network read after the write, once it is in.
    await indexCurrent(app, "partnerIndex");
    expect(normalised(bodyOf<Graph>(await app.inject({ url })))).toEqual(normalised(after));
  });
});
