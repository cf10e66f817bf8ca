/**
 * Peer regions: which regions are most like a given one, by the programmes they run, the sectors of their
 * events and the partners they share, with the shared features as reasons.
 *
 * The measure, per dimension, is a weighted Jaccard index whose feature weights are Adamic–Adar's:
 * w(z) = 1 / ln(1 + n_z), n_z the number of regions having feature z. So sharing a rare programme (STBM)
 * or a small partner says more than sharing Smart City or a partner of everyone, as for Adamic–Adar; and
 * the union in the denominator keeps a hub that does everything from being everyone's closest peer, as for
 * Jaccard. A region's score is the weighted mean over the dimensions of weight > 0 in which the asked-about
 * region has any feature (a region running no programme is compared by sectors and partners only). Partners
 * are partnerships as the annotation guide defines them (the hub with each other party), so two co-signers
 * of one host share the host, not each other. Who may be a peer (same level, not yet a partner, Indonesian)
 * and how ties are broken are in `eligible` and `compareScored`. See docs/api.md.
 *
 * Pure and in memory: built from one read of every region's profile (get-region-profiles.cypher), it
 * answers a query with an inverted index, touching only regions that share a feature. Built instead from
 * one region's neighbourhood of profiles (find-peer-profiles.cypher), it needs to be told how many regions
 * hold each feature, since its profiles are not all of them (`PeerIndexOptions`).
 */
import type { Peer, PeerDimension, PeerOptions } from "../../../schemas/region.ts";
import { PEER_DIMENSIONS } from "../../../schemas/region.ts";

export const SIMILARITY_DESCRIPTION =
  "Per dimension, Jaccard similarity with Adamic-Adar feature weights 1/ln(1 + regions having the feature); " +
  "score = mean over the dimensions weighing more than 0 in which the region has features, weighted by the " +
  "weights; ties go to more shared weight, then the same province, then more events, then the code.";

/** Peer levels: a kabupaten is compared with kabupaten and kota, a province with provinces. */
export type PeerLevel = "province" | "local" | "abroad";
export function levelOf(kind: string | null): PeerLevel {
  if (kind === "province") return "province";
  if (kind === "regency" || kind === "city") return "local";
  return "abroad";
}

/** The province part of a Kemendagri code ("32" of "32.73"); a region abroad has none. */
const provinceOf = (code: string) => (/^\d{2}/.test(code) ? code.slice(0, 2) : null);

export interface RegionProfile {
  code: string;
  name: string;
  kind: string | null;
  /** Events the region is a party to: the last meaningful tie-break (more evidence to learn from). */
  events: number;
  programs: ReadonlyArray<{ id: string; name: string }>;
  sectors: readonly string[];
  partners: readonly string[];
}

interface Dimension {
  /** Feature index -> regions having it. */
  holders: number[][];
  weight: Float64Array;
  featureId: string[];
  featureName: string[];
  /** Region -> its feature indexes. */
  features: number[][];
  /** Region -> sum of its feature weights. */
  total: Float64Array;
}

const MAX_REASONS = 10;
/** Peers are ranked once per region and dimensions, this deep, and sliced per request. */
const RANKED_DEPTH = 100;

/** A ranked peer before its reasons are listed. */
interface Scored {
  b: number;
  /** Rounded as answered, so that equal scores tie exactly and the tie-breaks decide. */
  score: number;
  /** The weighted sum of the shared features' weights, rounded: the first tie-break. */
  shared: number;
  sameProvince: boolean;
  sims: number[];
}

/**
 * One region's ranking: scored as deep as any request may ask, but turned into answers (with reasons) only
 * as far as requests have asked. Listing reasons was three quarters of the ranking's time when all 100
 * were built for the 10 a request usually wants.
 */
interface Ranking {
  active: PeerDimension[];
  scored: Scored[];
  built: Peer[];
}
const MEMO_ENTRIES = 4_096;
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const byId = (x: readonly [string, string], y: readonly [string, string]) =>
  x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0;

export interface PeerIndexOptions {
  /** Regions holding each feature ("program:stbm", "sector:kesehatan", a partner's code), when the profiles are not all. */
  holders?: ReadonlyMap<string, number>;
  /** Names of partner regions whose profile is not among the profiles. */
  names?: ReadonlyMap<string, string>;
}

export class PeerIndex {
  private readonly index = new Map<string, number>();
  /** Rankings already computed from this index, which never changes: a new read makes a new index. */
  private readonly memo = new Map<string, Ranking>();
  private readonly dimensions: Record<PeerDimension, Dimension>;

  constructor(
    private readonly profiles: readonly RegionProfile[],
    private readonly options: PeerIndexOptions = {},
  ) {
    profiles.forEach((p, i) => this.index.set(p.code, i));
    const nameOf = (code: string) =>
      profiles[this.index.get(code) ?? -1]?.name ?? options.names?.get(code) ?? code;
    this.dimensions = {
      programs: this.dimension((p) => p.programs.map((g) => [`program:${g.id}`, g.name] as const)),
      sectors: this.dimension((p) => p.sectors.map((s) => [`sector:${s}`, s] as const)),
      partners: this.dimension((p) => p.partners.map((c) => [c, nameOf(c)] as const)),
    };
  }

  get regions(): number {
    return this.profiles.length;
  }

  private dimension(featuresOf: (p: RegionProfile) => ReadonlyArray<readonly [string, string]>): Dimension {
    const ids = new Map<string, number>();
    const featureId: string[] = [];
    const featureName: string[] = [];
    const holders: number[][] = [];
    const features = this.profiles.map((profile, region) => {
      const own = new Set<number>();
      // In id order: sums then add up in the same order however the profiles were read, to the last bit.
      for (const [id, name] of [...featuresOf(profile)].sort(byId)) {
        let f = ids.get(id);
        if (f === undefined) {
          f = featureId.length;
          ids.set(id, f);
          featureId.push(id);
          featureName.push(name);
          holders.push([]);
        }
        if (!own.has(f)) holders[f]!.push(region);
        own.add(f);
      }
      return [...own];
    });
    const weight = Float64Array.from(
      holders,
      (h, f) => 1 / Math.log(1 + (this.options.holders?.get(featureId[f]!) ?? h.length)),
    );
    const total = Float64Array.from(features, (fs) => fs.reduce((sum, f) => sum + weight[f]!, 0));
    return { holders, weight, featureId, featureName, features, total };
  }

  /** The `limit` (at most 100) regions most similar to `code` under `options`, best first. */
  /** The region as find-regions.cypher gives it, if it has a profile here. */
  region(code: string): { code: string; name: string; kind: string | null } | undefined {
    const profile = this.profiles[this.index.get(code) ?? -1];
    return profile && { code: profile.code, name: profile.name, kind: profile.kind ?? null };
  }

  peers(code: string, options: PeerOptions, limit: number): Peer[] {
    const a = this.index.get(code);
    if (a === undefined) return [];
    const weights = PEER_DIMENSIONS.map((d) => options.weights[d]);
    const key = [code, ...weights, options.includePartners, options.includeAbroad, options.anyLevel].join(
      "|",
    );
    let ranking = this.memo.get(key);
    if (!ranking) {
      ranking = this.rank(a, options, RANKED_DEPTH);
      if (this.memo.size >= MEMO_ENTRIES) this.memo.delete(this.memo.keys().next().value!);
      this.memo.set(key, ranking);
    }
    const { active, scored, built } = ranking;
    for (let i = built.length; i < Math.min(limit, scored.length); i++)
      built.push(this.answer(a, active, scored[i]!));
    return built.slice(0, limit);
  }

  /** Whether region `b` may be a peer of `a` under `options` (see docs/api.md, the peer similarity). */
  private eligible(a: number, b: number, partnersOfA: ReadonlySet<string>, options: PeerOptions): boolean {
    const mine = levelOf(this.profiles[a]!.kind);
    const theirs = levelOf(this.profiles[b]!.kind);
    const levelOk =
      theirs === mine ||
      (options.anyLevel && theirs !== "abroad") ||
      (options.includeAbroad && theirs === "abroad");
    return levelOk && (options.includePartners || !partnersOfA.has(this.profiles[b]!.code));
  }

  /**
   * Best first: the score; then, on a tie, the more shared weight (the same Jaccard from more in common);
   * then a region of the same province (a nearer studi tiru); then the region with more events (more of
   * its experience on record); then the code, so the order never depends on how the profiles were read.
   */
  private compareScored = (x: Scored, y: Scored): number =>
    y.score - x.score ||
    y.shared - x.shared ||
    Number(y.sameProvince) - Number(x.sameProvince) ||
    this.profiles[y.b]!.events - this.profiles[x.b]!.events ||
    this.profiles[x.b]!.code.localeCompare(this.profiles[y.b]!.code);

  private rank(a: number, options: PeerOptions, limit: number): Ranking {
    const active = PEER_DIMENSIONS.filter((d) => options.weights[d] > 0 && this.dimensions[d].total[a]! > 0);
    if (active.length === 0) return { active, scored: [], built: [] };
    const partnersOfA = new Set(this.profiles[a]!.partners);
    const shared = new Map<PeerDimension, Float64Array>();
    // A marker array, not a Set: a region with 270 partners adds 75,000 holders, most of them seen before.
    const seen = new Uint8Array(this.profiles.length);
    const candidates: number[] = [];
    for (const d of active) {
      const dim = this.dimensions[d];
      const sums = new Float64Array(this.profiles.length);
      const own: readonly number[] = dim.features[a]!;
      for (const f of own) {
        const w = dim.weight[f]!;
        const holders: readonly number[] = dim.holders[f]!;
        for (const b of holders) {
          sums[b] = sums[b]! + w;
          if (b !== a && seen[b] === 0) {
            seen[b] = 1;
            if (this.eligible(a, b, partnersOfA, options)) candidates.push(b);
          }
        }
      }
      shared.set(d, sums);
    }
    const totalWeight = active.reduce((sum, d) => sum + options.weights[d], 0);
    const province = provinceOf(this.profiles[a]!.code);
    const scored = candidates.map((b): Scored => {
      let weighted = 0;
      let both = 0;
      const sims = active.map((d) => {
        const dim = this.dimensions[d];
        const common = shared.get(d)![b]!;
        const sim = common / (dim.total[a]! + dim.total[b]! - common);
        weighted += options.weights[d] * sim;
        both += options.weights[d] * common;
        return sim;
      });
      return {
        b,
        score: round(weighted / totalWeight),
        shared: round(both),
        sameProvince: province !== null && provinceOf(this.profiles[b]!.code) === province,
        sims,
      };
    });
    scored.sort(this.compareScored);
    return { active, scored: scored.slice(0, limit), built: [] };
  }

  private answer(a: number, active: readonly PeerDimension[], { b, score, sims }: Scored): Peer {
    const profile = this.profiles[b]!;
    const similarity = (d: PeerDimension) => {
      const i = active.indexOf(d);
      return i < 0 ? null : round(sims[i]!);
    };
    const reasons = (d: PeerDimension) => (active.includes(d) ? this.reasons(d, a, b) : []);
    return {
      region: { code: profile.code, name: profile.name, kind: profile.kind },
      partner: this.profiles[a]!.partners.includes(profile.code),
      score,
      dimensions: {
        programs: similarity("programs"),
        sectors: similarity("sectors"),
        partners: similarity("partners"),
      },
      reasons: {
        programs: reasons("programs"),
        sectors: reasons("sectors"),
        partners: reasons("partners"),
      },
    };
  }

  private reasons(d: PeerDimension, a: number, b: number): Peer["reasons"]["programs"] {
    const dim = this.dimensions[d];
    const theirs = new Set(dim.features[b]);
    return dim.features[a]!.filter((f) => theirs.has(f))
      .sort((x, y) => dim.weight[y]! - dim.weight[x]! || dim.featureId[x]!.localeCompare(dim.featureId[y]!))
      .slice(0, MAX_REASONS)
      .map((f) => ({
        id: dim.featureId[f]!,
        name: dim.featureName[f]!,
        weight: round(dim.weight[f]!),
        evidence: null,
      }));
  }
}
