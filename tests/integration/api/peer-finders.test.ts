/**
 * The two engines of peers give the same answers: on the seeds plus 400 synthetic articles, for every
 * third region with a profile, by every dimension alone, by all three with unequal weights, with existing
 * partners, other levels and regions abroad let in, deep enough to list a hundred peers, the profile index
 * read whole into memory and the per-request read of find-peer-profiles.cypher rank the same peers with the
 * same scores, dimensions and reasons, and each reason with the same evidence: the sentences the index
 * kept the offsets of (peer-evidence-index.ts) against those get-peer-evidence.cypher walks to.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createCypherReader } from "../../../server/plugins/external/cypher.ts";
import { cypherPeers, readPeerIndex } from "../../../server/plugins/app/regions/peer-finders.ts";
import type { PeerOptions } from "../../../server/schemas/region.ts";
import { addSyntheticArticles, seededApp, type SeededApp } from "./_seeded-app.ts";

let seeded: SeededApp;

beforeAll(async () => {
  seeded = await seededApp();
  await addSyntheticArticles(seeded.driver, 400, 13);
}, 180_000);

afterAll(async () => {
  await seeded?.close();
});

describe("the two peer engines", () => {
  it("rank the same peers, with the same scores, reasons and evidence, for every sampled region", async () => {
    const cypher = createCypherReader(seeded.driver, inject("neo4jDatabase"), 60_000);
    const inMemory = await readPeerIndex(cypher);
    const inNeo4j = cypherPeers(cypher);
    const { records } = await seeded.driver.executeQuery(
      `MATCH (r:Region) WHERE EXISTS { (r)<-[:PARTY]-() } OR EXISTS { (r)-[:RUNS]->() }
       RETURN r.code AS code ORDER BY code`,
      {},
      { database: inject("neo4jDatabase") },
    );
    const codes = records.map((record) => String(record.get("code"))).filter((_, i) => i % 3 === 0);
    expect(codes.length).toBeGreaterThan(40);
    const only = { includePartners: false, includeAbroad: false, anyLevel: false };
    const everyone = { includePartners: true, includeAbroad: true, anyLevel: true };
    const ways: PeerOptions[] = [
      { weights: { programs: 1, sectors: 0, partners: 0 }, ...only },
      { weights: { programs: 0, sectors: 1, partners: 0 }, ...everyone },
      { weights: { programs: 0, sectors: 0, partners: 1 }, ...only },
      { weights: { programs: 0, sectors: 0, partners: 1 }, ...everyone },
      { weights: { programs: 1, sectors: 1, partners: 1 }, ...only },
      { weights: { programs: 2, sectors: 0.5, partners: 1 }, ...everyone, includeAbroad: false },
    ];
    let compared = 0;
    let withPeers = 0;
    let evidenced = 0;
    for (const code of codes) {
      for (const options of ways) {
        const expected = (await inMemory.peers(code, options, 100)).peers;
        const actual = (await inNeo4j.peers(code, options, 100)).peers;
        expect(actual, `${code} by ${JSON.stringify(options)}`).toEqual(expected);
        compared += 1;
        if (expected.length > 0) withPeers += 1;
        for (const peer of expected)
          for (const reasons of Object.values(peer.reasons))
            evidenced += reasons.filter((r) => r.evidence?.quote).length;
      }
    }
    // Most comparisons must have peers to compare, many of them cut at a hundred.
    expect(withPeers).toBeGreaterThan(compared / 2);
    // And the evidence compared must be there: sentences, not nulls on both sides.
    expect(evidenced).toBeGreaterThan(compared * 10);
  }, 300_000);
});
