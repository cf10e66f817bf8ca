/**
 * Gold annotations of the dev corpus (../shared/corpus/dev/gold/*.json) and the comparison of one
 * article's extracted facts with them, fact by fact, for `npm run eval:extract -- --explain ID`.
 *
 * Why here and not only in the shared scorer: the scorer prints numbers; a person fixing a rule needs to
 * see which gold fact was missed and which extra fact was made, with the rule and sentence behind it.
 * Matching follows the scorer (../shared/tools/score-extraction.mjs): foreign regions by ISO code,
 * partnerships hub-and-spoke, events one to one by party overlap (Jaccard >= 0.5, same kind first).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { countryNames } from "../../server/pipeline/extract/countries.ts";
import type { Event, Facts } from "../../server/schemas/facts.ts";

export interface GoldEvent {
  kind: string;
  date: string | null;
  parties: string[];
  hub?: string | null;
  programs?: string[];
  status?: string;
}

export interface Gold {
  events: GoldEvent[];
  people: { name: string; title: string; region: string }[];
  notes?: string;
}

export function readGold(corpus: string, id: string): Gold {
  const raw = JSON.parse(readFileSync(join(corpus, "gold", `${id}.json`), "utf8")) as Partial<Gold>;
  return { events: raw.events ?? [], people: raw.people ?? [], notes: raw.notes };
}

let countryCodes: Map<string, string> | undefined;

function countryCode(name: string): string {
  if (!countryCodes) {
    countryCodes = new Map(countryNames().map((c) => [c.name.toLowerCase(), c.code]));
    // The scorer's own spellings that the country list lacks.
    countryCodes.set("korea selatan", "KR");
    countryCodes.set("belanda", "NL");
  }
  return countryCodes.get(name.trim().toLowerCase()) ?? name.trim().toUpperCase();
}

const normCity = (city: string) =>
  city
    .trim()
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[-_\s]+/g, " ");

/** A region code as the scorer compares it: `foreign:Jepang/Kochi` and `JP/Kochi` are both `JP/kochi`. */
export function normCode(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const code = String(raw).trim();
  if (/^foreign:/i.test(code)) {
    const [country = "", city] = code.slice(8).split("/");
    const iso = countryCode(country);
    return city ? `${iso}/${normCity(city)}` : iso;
  }
  const m = /^([A-Za-z]{2})(?:\/(.+))?$/.exec(code);
  if (m) return m[2] ? `${(m[1] ?? "").toUpperCase()}/${normCity(m[2])}` : (m[1] ?? "").toUpperCase();
  return code;
}

const partiesOf = (e: { parties: readonly string[] }) => [
  ...new Set(e.parties.map(normCode).filter((c): c is string => c !== null)),
];

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Partnerships: the hub with each other party where the event has one, else every pair. */
export function pairsOf(events: readonly { parties: readonly string[]; hub?: string | null }[]): Set<string> {
  const pairs = new Set<string>();
  for (const e of events) {
    const parties = partiesOf(e).sort();
    const hub = normCode(e.hub);
    if (hub && parties.includes(hub)) {
      for (const p of parties) if (p !== hub) pairs.add(pairKey(hub, p));
    } else {
      for (let i = 0; i < parties.length; i++)
        for (let j = i + 1; j < parties.length; j++) pairs.add(pairKey(parties[i] ?? "", parties[j] ?? ""));
    }
  }
  return pairs;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const setB = new Set(b);
  const inter = new Set(a.filter((x) => setB.has(x))).size;
  return inter / (new Set([...a, ...b]).size || 1);
}

export interface EventMatch {
  gold: GoldEvent;
  predicted: Event;
}

/** Gold and predicted events matched one to one as the scorer does, and those left over on each side. */
export function matchEvents(gold: readonly GoldEvent[], predicted: readonly Event[]) {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const j = jaccard(partiesOf(g), partiesOf(p));
      if (j >= 0.5) candidates.push([j + (p.kind === g.kind ? 1e-3 : 0), gi, pi]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0]);
  const goldUsed = new Set<number>();
  const predictedUsed = new Set<number>();
  const matches: EventMatch[] = [];
  for (const [, gi, pi] of candidates) {
    if (goldUsed.has(gi) || predictedUsed.has(pi)) continue;
    goldUsed.add(gi);
    predictedUsed.add(pi);
    matches.push({ gold: gold[gi] as GoldEvent, predicted: predicted[pi] as Event });
  }
  return {
    matches,
    missed: gold.filter((_, i) => !goldUsed.has(i)),
    extra: predicted.filter((_, i) => !predictedUsed.has(i)),
  };
}

export const normProgram = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The scorer's fuzzy programme match: every word of the shorter name in the longer, or a close spelling. */
export function sameProgram(a: string, b: string): boolean {
  if (a === b) return true;
  const ta = a.split(" ");
  const tb = b.split(" ");
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.every((t) => long.includes(t))) return true;
  return editDistance(a, b) <= Math.floor(Math.min(a.length, b.length) / 5);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** Each line of the explanation of one article: what gold says that the extractor missed, and the reverse. */
export function explain(gold: Gold, facts: Facts): string[] {
  const out: string[] = [];
  const quote = (text: string) => `“${text.length > 160 ? `${text.slice(0, 157)}...` : text}”`;
  const { matches, missed, extra } = matchEvents(gold.events, facts.events);
  for (const { gold: g, predicted: p } of matches) {
    out.push(`event ${p.kind} ${p.date ?? "undated"} matches gold ${g.kind} ${g.date ?? "undated"}`);
    out.push(`  made by: ${p.rule}`);
    if (p.kind !== g.kind) out.push(`  KIND: gold ${g.kind}, extracted ${p.kind} (${p.subtype})`);
    if ((g.date ?? null) !== null && !(p.date ?? "").startsWith(g.date ?? "")) {
      const from = p.dateEvidence ? ` from ${quote(p.dateEvidence.text)}` : "";
      out.push(`  DATE: gold ${g.date}, extracted ${p.date ?? "none"}${from}`);
    }
    const goldParties = partiesOf(g);
    for (const code of goldParties)
      if (!p.partyRoles.some((r) => normCode(r.code) === code)) out.push(`  MISSED party ${code}`);
    for (const r of p.partyRoles)
      if (!goldParties.includes(normCode(r.code) ?? ""))
        out.push(`  EXTRA party ${r.code} ${r.name} (${r.role}) by "${r.rule}" in ${quote(r.evidence.text)}`);
    if (normCode(g.hub) !== normCode(p.hub))
      out.push(`  HUB: gold ${g.hub ?? "none"}, extracted ${p.hub ?? "none"}`);
  }
  for (const g of missed)
    out.push(
      `MISSED event ${g.kind} ${g.date ?? "undated"} [${g.parties.join(", ")}] hub ${g.hub ?? "none"}`,
    );
  for (const p of extra) {
    out.push(`EXTRA event ${p.kind} ${p.date ?? "undated"} [${p.parties.join(", ")}] hub ${p.hub ?? "none"}`);
    out.push(`  made by: ${p.rule} in ${quote(p.evidence.text)}`);
    for (const r of p.partyRoles) out.push(`  party ${r.code} (${r.role}) by "${r.rule}"`);
  }
  const goldPairs = pairsOf(gold.events);
  const predictedPairs = pairsOf(facts.events);
  const missedPairs = [...goldPairs].filter((x) => !predictedPairs.has(x));
  const extraPairs = [...predictedPairs].filter((x) => !goldPairs.has(x));
  if (missedPairs.length > 0) out.push(`MISSED partnerships: ${missedPairs.join(" ")}`);
  if (extraPairs.length > 0) out.push(`EXTRA partnerships: ${extraPairs.join(" ")}`);
  const goldPrograms = [...new Set(gold.events.flatMap((e) => e.programs ?? []).map(normProgram))];
  const predictedPrograms = facts.events.flatMap((e) => e.programRefs);
  for (const g of goldPrograms)
    if (!predictedPrograms.some((p) => sameProgram(normProgram(p.name), g)))
      out.push(`MISSED programme "${g}"`);
  for (const p of predictedPrograms)
    if (!goldPrograms.some((g) => sameProgram(normProgram(p.name), g)))
      out.push(`EXTRA programme "${p.name}" ("${p.surface}") in ${quote(p.evidence.text)}`);
  const national = (region: string) => normCode(region) === "ID";
  const goldPeople = gold.people.filter((g) => !national(g.region));
  const predictedPeople = facts.people.filter((p) => !national(p.region));
  const taken = new Set<number>();
  for (const g of goldPeople) {
    const i = predictedPeople.findIndex(
      (p, k) => !taken.has(k) && normCode(p.region) === normCode(g.region) && sameName(p.name, g.name),
    );
    if (i >= 0) taken.add(i);
    else out.push(`MISSED person ${g.name} (${g.title}, ${g.region})`);
  }
  predictedPeople.forEach((p, k) => {
    if (!taken.has(k))
      out.push(`EXTRA person ${p.name} (${p.title}, ${p.region}) in ${quote(p.evidence.text)}`);
  });
  return out;
}

const HONORIFICS = new Set(
  "dr drs dra ir h hj hc prof kh sh se st mm msi mt mh mpd spd skm mkes mba phd ma sos sip ssos mag mpa apt ak cpa sag spdi".split(
    " ",
  ),
);

function normName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/,.*$/, " ")
    .replace(/[^a-z\s]/g, " ")
    .split(/\s+/)
    .filter((t) => t.length > 1 && !HONORIFICS.has(t))
    .join(" ");
}

/** The scorer's person match: close spelling, or every word of a name of two words or more in the other. */
function sameName(a: string, b: string): boolean {
  const x = normName(a);
  const y = normName(b);
  if (!x || !y) return false;
  if (x === y || editDistance(x, y) <= 2) return true;
  const tx = x.split(" ");
  const ty = y.split(" ");
  const [short, long] = tx.length <= ty.length ? [tx, ty] : [ty, tx];
  return short.length >= 2 && short.every((t) => long.includes(t));
}

/** The targets of issue 21, in the scorer's SCORE order. */
export const TARGETS: Record<string, number> = {
  pairF1: 0.9,
  regionF1: 0.95,
  peopleF1: 0.9,
  eventF1: 0.85,
  dateAcc: 0.85,
  kindAcc: 0.9,
  programF1: 0.8,
};

/** One line per metric of a SCORE line: value, target, and whether it is met. */
export function metricLines(scoreLine: string): string[] {
  const lines: string[] = [];
  for (const [, name = "", value = ""] of scoreLine.matchAll(/(\w+)=([\d.]+)/g)) {
    const target = TARGETS[name];
    const shown = `${name.padEnd(12)} ${value}`;
    lines.push(
      target === undefined
        ? shown
        : `${shown}  target ${target.toFixed(2)}  ${Number(value) >= target ? "met" : "NOT met"}`,
    );
  }
  return lines;
}
