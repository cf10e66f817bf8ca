/**
 * The evidence behind a peer's reasons: for the first few shared programmes, sectors and partners of each
 * peer, the sentence stating the peer's side of it (get-peer-evidence.cypher), with its article and offsets
 * for a link to the article view. The Cypher engine's way (peer-finders.ts): one query per request covers
 * every peer listed, walking each peer's events. The in-memory engine chooses the same sentences from what
 * it keeps (peer-evidence-index.ts) and an integration test compares the two.
 */
import type { Peer, PeerDimension, PeerEvidence } from "../../../schemas/region.ts";
import { PEER_DIMENSIONS } from "../../../schemas/region.ts";
import type { CypherReader } from "../../external/cypher.ts";

/** Reasons per dimension that carry their evidence: the rarest, which weigh most in the score. */
export const REASONS_WITH_EVIDENCE = 3;

interface EvidenceRow extends PeerEvidence {
  key: string;
}

/** The stored feature a reason names: reasons name programmes and sectors by node id, partners by code. */
export function featureOf(dimension: PeerDimension, id: string): string {
  if (dimension === "programs") return id.replace(/^program:/, "");
  if (dimension === "sectors") return id.replace(/^sector:/, "");
  return id;
}

/** The peers with evidence on their first reasons; the peers given are not changed (engines memoise them). */
export async function withEvidence(cypher: CypherReader, peers: readonly Peer[]): Promise<Peer[]> {
  const items = peers.flatMap((peer) =>
    PEER_DIMENSIONS.flatMap((dimension) =>
      peer.reasons[dimension].slice(0, REASONS_WITH_EVIDENCE).map((reason) => ({
        key: `${peer.region.code}|${dimension}|${reason.id}`,
        peer: peer.region.code,
        dimension,
        feature: featureOf(dimension, reason.id),
      })),
    ),
  );
  if (items.length === 0) return [...peers];
  const rows = await cypher.read<EvidenceRow>("read/get-peer-evidence", { items });
  const found = new Map(
    rows.map(({ key, ...row }) => [
      key,
      {
        eventId: row.eventId,
        eventTitle: row.eventTitle,
        date: row.date ?? null,
        documentId: row.documentId,
        title: row.title ?? null,
        quote: row.quote ?? null,
        start: row.start ?? null,
        end: row.end ?? null,
      },
    ]),
  );
  return peers.map((peer) => ({
    ...peer,
    reasons: {
      programs: peer.reasons.programs.map((r) => ({
        ...r,
        evidence: found.get(`${peer.region.code}|programs|${r.id}`) ?? null,
      })),
      sectors: peer.reasons.sectors.map((r) => ({
        ...r,
        evidence: found.get(`${peer.region.code}|sectors|${r.id}`) ?? null,
      })),
      partners: peer.reasons.partners.map((r) => ({
        ...r,
        evidence: found.get(`${peer.region.code}|partners|${r.id}`) ?? null,
      })),
    },
  }));
}
