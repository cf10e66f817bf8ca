/**
 * Turns one document's facts, with the event and person ids the loader resolved, into the parameter rows
 * of the write queries in cypher/write/. Pure: no driver, no I/O, so what reaches Neo4j can be tested
 * and read as plain data.
 */
import type { Event, EventKind, Facts, Organisation, OrganisationRole } from "../../schemas/facts.ts";
import { foldForSearch } from "../../text/fold.ts";
import { Positions } from "../../text/positions.ts";
import type { DocumentOrigin } from "./document-origin.ts";
import { partyKeyOf } from "./event-identity.ts";
import { EXTRACTOR_VERSION } from "../extract/extractor-version.ts";

/** Each event kind's own label, beside Event: a fixed map, so no label ever comes from input text. */
export const EVENT_LABELS: Readonly<Record<EventKind, string>> = {
  agreement: "Agreement",
  sister_city: "SisterCity",
  audience: "Audience",
  meeting: "Meeting",
  study_visit: "StudyVisit",
  visit: "Visit",
  other: "OtherEvent",
};

/** Organisation roles to relationship types: a fixed map, like the labels. */
export const ORGANISATION_RELATIONSHIPS: Readonly<Record<OrganisationRole, string>> = {
  witness: "WITNESSED",
  facilitator: "FACILITATED",
  party: "PARTY_TO",
};

const SUBTYPE_TITLES: Readonly<Record<string, string>> = {
  mou: "MoU",
  kesepakatan_bersama: "Kesepakatan bersama",
  pks: "Perjanjian kerja sama",
  loi: "Letter of Intent",
  addendum: "Adendum",
  kerja_sama: "Kerja sama",
  sister_city: "Sister city",
  sister_province: "Sister province",
  twinning: "Twinning",
  audiensi: "Audiensi",
  kunjungan_kehormatan: "Kunjungan kehormatan",
  rakor: "Rapat koordinasi",
  rapat: "Rapat",
  studi_tiru: "Studi tiru",
  studi_banding: "Studi banding",
  studi_komparasi: "Studi komparasi",
  kunjungan_kerja: "Kunjungan kerja",
  silaturahmi: "Silaturahmi",
  other: "Kegiatan",
};

export interface DocumentInput {
  facts: Facts;
  /** The normalised article text the evidence offsets point into. */
  text: string;
  /** Where an article read from the web came from (load/document-origin.ts); none for files and posts. */
  origin?: DocumentOrigin;
  /**
   * When the stored document this one replaces was first loaded (a Neo4j DateTime read back from it):
   * re-extraction keeps it, since the article came in then. Absent: now.
   */
  ingestedAt?: unknown;
}

/**
 * The distinct ids of each kind that a batch's rows refer to, each at a fixed position. Rows carry the
 * position, not the id: a write statement looks each node up once, at its start (`UNWIND $documentIds …
 * collect`), and its rows pick it out of that list, instead of one locking index seek per row (index
 * seeks were a quarter of Neo4j's CPU, and a document's id was looked up once per official and region it
 * names); and a 64-character document id or an event id crosses Bolt once, not in every row.
 */
export interface BatchIds {
  documents: Positions;
  regions: Positions;
  events: Positions;
  sectors: Positions;
}

export interface RowSets {
  ids: BatchIds;
  documents: Record<string, unknown>[];
  foreignRegions: Record<string, unknown>[];
  events: Record<string, unknown>[];
  programs: Record<string, unknown>[];
  organizations: Record<string, unknown>[];
  people: Record<string, unknown>[];
  mentions: Record<string, unknown>[];
}

export const emptyRowSets = (): RowSets => ({
  ids: {
    documents: new Positions(),
    regions: new Positions(),
    events: new Positions(),
    sectors: new Positions(),
  },
  documents: [],
  foreignRegions: [],
  events: [],
  programs: [],
  organizations: [],
  people: [],
  mentions: [],
});

export function eventTitle(event: Event): string {
  const names = event.partyRoles.map((p) => p.name);
  const subtype = SUBTYPE_TITLES[event.subtype] ?? "Kegiatan";
  return names.length > 0 ? `${subtype}: ${names.join(" – ")}` : subtype;
}

function isForeign(code: string): boolean {
  return /^[A-Z]{2}(?:\/|$)/.test(code);
}

function organisationRow(eventId: string, documentId: string, o: Organisation) {
  return {
    eventId,
    id: o.id,
    name: o.name,
    acronym: o.acronym,
    kind: o.kind,
    relType: ORGANISATION_RELATIONSHIPS[o.role],
    searchText: foldForSearch([o.name, o.acronym ?? ""].join(" ")),
    documentId,
    quote: o.evidence.text,
    start: o.evidence.start,
    end: o.evidence.end,
  };
}

/** Where a fact was read: offsets into the document's text, one list per kind of fact, in step. */
interface FactSpans {
  codes: string[];
  starts: number[];
  ends: number[];
}

function spansOf(facts: readonly { key: string; evidence: { start: number; end: number } }[]): FactSpans {
  return {
    codes: facts.map((f) => f.key),
    starts: facts.map((f) => f.evidence.start),
    ends: facts.map((f) => f.evidence.end),
  };
}

/**
 * The sentence of each fact of an event as this report states it, kept on its REPORTED_IN as parallel
 * lists of offsets (Neo4j properties hold no maps); the quote is the document's text between them, so no
 * sentence is stored twice. Another report of the same event keeps its own sentences.
 */
export function factEvidence(event: Event) {
  const parties = spansOf(event.partyRoles.map((p) => ({ key: p.code, evidence: p.evidence })));
  const sectors = spansOf(event.sectorRefs.map((s) => ({ key: s.sector, evidence: s.evidence })));
  const programs = spansOf(event.programRefs.map((p) => ({ key: p.id, evidence: p.evidence })));
  return {
    dateStart: event.dateEvidence?.start ?? null,
    dateEnd: event.dateEvidence?.end ?? null,
    validityStart: event.validityEvidence?.start ?? null,
    validityEnd: event.validityEvidence?.end ?? null,
    partyCodes: parties.codes,
    partyStarts: parties.starts,
    partyEnds: parties.ends,
    sectorIds: sectors.codes,
    sectorStarts: sectors.starts,
    sectorEnds: sectors.ends,
    programIds: programs.codes,
    programStarts: programs.starts,
    programEnds: programs.ends,
  };
}

/**
 * Appends one document's rows. `eventIds[i]` is the resolved id of facts.events[i], `personIds[j]` of
 * facts.people[j].
 */
export function appendDocumentRows(
  rows: RowSets,
  input: DocumentInput,
  eventIds: readonly string[],
  personIds: readonly string[],
): void {
  const { facts, text } = input;
  const { ids } = rows;
  const documentId = facts.document.id;
  const document = ids.documents.of(documentId);
  rows.documents.push({
    id: documentId,
    title: facts.document.title,
    publishedAt: facts.document.publishedAt,
    source: facts.document.source ?? null,
    text,
    origin: input.origin ?? {},
    // Every document the loader writes carries facts of the extractor of this process.
    extractorVersion: EXTRACTOR_VERSION,
    ingestedAt: input.ingestedAt ?? null,
  });

  const regionNames = new Map(facts.regions.map((r) => [r.code, r.name]));
  for (const region of facts.regions.filter((r) => isForeign(r.code))) {
    const countryCode = region.code.includes("/") ? region.code.slice(0, 2) : null;
    const countryName = countryCode ? (regionNames.get(countryCode) ?? countryCode) : null;
    rows.foreignRegions.push({
      code: region.code,
      name: region.name,
      kind: region.kind,
      searchText: foldForSearch(region.name),
      countryCode,
      countryName,
      countrySearchText: countryName ? foldForSearch(countryName) : null,
    });
  }

  // Links to this document are new (it was created in this transaction): the first row of each node
  // creates its REPORTED_IN, later rows of the same node in the same document add nothing.
  const reportedEvents = new Set<string>();
  facts.events.forEach((event, i) => {
    const eventId = eventIds[i]!;
    const firstReport = !reportedEvents.has(eventId);
    reportedEvents.add(eventId);
    const title = eventTitle(event);
    rows.events.push({
      id: eventId,
      label: EVENT_LABELS[event.kind],
      kind: event.kind,
      subtype: event.subtype,
      status: event.status,
      date: event.date,
      year: event.date ? Number(event.date.slice(0, 4)) : null,
      partyKey: partyKeyOf(event.parties),
      title,
      place: event.place?.name ?? null,
      placeCode: event.place?.code ?? null,
      searchText: foldForSearch(title),
      document,
      firstReport,
      hub: event.hub,
      validUntil: event.validUntil,
      durationYears: event.durationYears,
      quote: event.evidence.text,
      start: event.evidence.start,
      end: event.evidence.end,
      ...factEvidence(event),
      parties: event.partyRoles.map((party) => ({ region: ids.regions.of(party.code), role: party.role })),
      sectors: [...new Set(event.sectors)].map((sector) => ids.sectors.of(sector)),
    });
    for (const program of event.programRefs) {
      rows.programs.push({
        eventId,
        id: program.id,
        name: program.name,
        surface: program.surface,
        searchText: foldForSearch([program.name, program.surface].join(" ")),
        partyCodes: event.parties,
      });
    }
    for (const organisation of event.organisations) {
      rows.organizations.push(organisationRow(eventId, documentId, organisation));
    }
  });

  // One REPORTED_IN per official and title in a document: it carries the title, so the documents each
  // SERVED_AS rests on can be read from it (SERVED_AS keeps no list of them; docs/graph-model.md).
  const reportedPeople = new Set<string>();
  const tookPart = new Set<string>();
  facts.people.forEach((person, j) => {
    const personId = personIds[j]!;
    const reportKey = `${personId}\u0000${person.title}`;
    const firstReport = !reportedPeople.has(reportKey);
    reportedPeople.add(reportKey);
    const ownEvents = facts.events
      .map((event, i) => ({ event, id: eventIds[i]! }))
      .filter(({ event }) => event.parties.includes(person.region));
    const dates = ownEvents.map(({ event }) => event.date).filter((d): d is string => d !== null);
    const date = dates.sort()[0] ?? facts.document.publishedAt;
    // Each TOOK_PART once per document: the first mention of the official that reaches an event links it.
    const eventIdsToLink = [...new Set(ownEvents.map(({ id }) => id))].filter(
      (id) => !tookPart.has(`${personId} ${id}`),
    );
    for (const id of eventIdsToLink) tookPart.add(`${personId} ${id}`);
    rows.people.push({
      id: personId,
      name: person.name,
      displayName: person.displayName,
      key: person.key,
      region: ids.regions.of(person.region),
      title: person.title,
      date,
      searchText: foldForSearch(person.name),
      document,
      firstReport,
      quote: person.evidence.text,
      start: person.evidence.start,
      end: person.evidence.end,
      events: eventIdsToLink.map((id) => ids.events.of(id)),
    });
  });

  const mentioned = new Set<string>();
  for (const region of facts.regions) {
    if (mentioned.has(region.code)) continue;
    mentioned.add(region.code);
    rows.mentions.push({
      region: ids.regions.of(region.code),
      document,
      isParty: region.isParty,
      quote: region.evidence[0]!.text,
      starts: region.evidence.map((e) => e.start),
      ends: region.evidence.map((e) => e.end),
    });
  }
}
