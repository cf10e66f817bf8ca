/**
 * Facts extracted from one news article: the typed contract between the extractor and the loader.
 *
 * Why: the extract command's output is public (../shared/tools/extraction-contract.md) and the loader
 * validates its input with the same schemas, so both ends agree on one definition. Every fact carries
 * `evidence` whose `text` equals `articleText.slice(start, end)`, where `articleText` is the normalised
 * article text (see server/pipeline/extract/text.ts), so any fact can show the words it rests on.
 *
 * Fields named in the public contract keep its shapes (`parties` and `programs` are plain strings);
 * the richer views the graph needs sit beside them (`partyRoles`, `programRefs`, `organisations`).
 * This file imports only zod: it is shared with the browser.
 * @see ../../docs/extraction.md
 */
import { z } from "zod";

/** A quote from the article and where it sits in the normalised text, in UTF-16 code units. */
export const EvidenceSchema = z
  .object({
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((evidence) => evidence.end - evidence.start === evidence.text.length, {
    message: "evidence.text must be exactly the slice start..end",
  });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** "32" (province), "32.75" (kabupaten/kota) as in idn-area-data; "JP" or "JP/Kitakyushu" abroad. */
export const RegionCodeSchema = z.string().regex(/^(?:\d{2}(?:\.\d{2})?|[A-Z]{2}(?:\/[^/\n]+)?)$/);
export type RegionCode = z.infer<typeof RegionCodeSchema>;

/** `foreign_region` is any named place abroad below the country: a city, prefecture or province. */
export const RegionKindSchema = z.enum(["province", "regency", "city", "country", "foreign_region"]);
export type RegionKind = z.infer<typeof RegionKindSchema>;

/** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
export const FactDateSchema = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/);
export type FactDate = z.infer<typeof FactDateSchema>;

export const DocumentSchema = z.object({
  /** `sha256:` + hex digest of the normalised article text. */
  id: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  title: z.string(),
  publishedAt: FactDateSchema.nullable(),
  source: z.string().optional(),
});
export type Document = z.infer<typeof DocumentSchema>;

export const EventKindSchema = z.enum([
  "agreement",
  "sister_city",
  "audience",
  "meeting",
  "study_visit",
  "visit",
  "other",
]);
export type EventKind = z.infer<typeof EventKindSchema>;

/** The finer type, from the words the article uses for the event. */
export const EventSubtypeSchema = z.enum([
  "mou",
  "kesepakatan_bersama",
  "pks",
  "loi",
  "addendum",
  "kerja_sama",
  "sister_city",
  "sister_province",
  "twinning",
  "audiensi",
  "kunjungan_kehormatan",
  "rakor",
  "rapat",
  "studi_tiru",
  "studi_banding",
  "studi_komparasi",
  "kunjungan_kerja",
  "silaturahmi",
  "other",
]);
export type EventSubtype = z.infer<typeof EventSubtypeSchema>;

/**
 * What the text says about the event's state: `planned` (decided and scheduled, or intended: berencana,
 * akan), `proposed` (menawarkan), `signed`, `extended` (an agreement renewed or prolonged: kembali,
 * perpanjangan, diperbarui), `ongoing` (an existing tie strengthened, celebrated or told as background),
 * `held` (a meeting or visit that took place), `unknown`.
 */
export const EventStatusSchema = z.enum([
  "planned",
  "proposed",
  "signed",
  "extended",
  "ongoing",
  "held",
  "unknown",
]);
export type EventStatus = z.infer<typeof EventStatusSchema>;

/** How the date was read: as written, with the year inferred, corrected by the weekday, or relative. */
export const DateBasisSchema = z.enum(["explicit", "year_inferred", "weekday_corrected", "relative"]);
export type DateBasis = z.infer<typeof DateBasisSchema>;

/**
 * What a party does in its event: signs an agreement (`signatory`), receives (`host`) or pays (`visitor`)
 * a visit, convenes a meeting (`convener`), or takes part in one or in another act (`participant`).
 */
export const PartyRoleSchema = z.enum(["signatory", "host", "visitor", "convener", "participant"]);
export type PartyRole = z.infer<typeof PartyRoleSchema>;

export const EventPartySchema = z.object({
  code: RegionCodeSchema,
  name: z.string(),
  role: PartyRoleSchema,
  /** The sentence the party was read from (an attendance list, for a party named only there). */
  evidence: EvidenceSchema,
  /** The extraction rule that made the region a party, for review and for the --explain tool. */
  rule: z.string(),
});
export type EventParty = z.infer<typeof EventPartySchema>;

/** The controlled vocabulary of bidang an event can cover. */
export const SectorIdSchema = z.enum([
  "kesehatan",
  "pendidikan",
  "kebudayaan",
  "pariwisata",
  "ekonomi",
  "ekonomi kreatif",
  "perdagangan",
  "industri",
  "investasi",
  "umkm",
  "pertanian",
  "ketahanan pangan",
  "perikanan dan kelautan",
  "peternakan",
  "kehutanan dan perkebunan",
  "lingkungan hidup",
  "sanitasi",
  "persampahan",
  "air minum",
  "kebersihan",
  "perumahan dan permukiman",
  "infrastruktur",
  "pekerjaan umum dan penataan ruang",
  "perhubungan",
  "energi",
  "teknologi informasi",
  "smart city",
  "ilmu pengetahuan dan teknologi",
  "sumber daya manusia",
  "pemerintahan",
  "pelayanan publik",
  "perencanaan pembangunan",
  "kemasyarakatan",
  "sosial",
  "kependudukan dan catatan sipil",
  "kepemudaan dan olahraga",
  "penanggulangan bencana",
  "ketenteraman dan ketertiban",
  "batas daerah",
  "perkotaan",
]);
export type SectorId = z.infer<typeof SectorIdSchema>;

/** A named programme: its canonical id and name, the words the article used, and their sentence. */
export const ProgramRefSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  surface: z.string(),
  evidence: EvidenceSchema,
});
export type ProgramRef = z.infer<typeof ProgramRefSchema>;

/** A sector of an event with the sentence that names it. */
export const SectorRefSchema = z.object({
  sector: SectorIdSchema,
  evidence: EvidenceSchema,
});
export type SectorRef = z.infer<typeof SectorRefSchema>;

export const OrganisationKindSchema = z.enum(["ministry", "agency", "association", "international", "other"]);
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

export const OrganisationRoleSchema = z.enum(["witness", "facilitator", "party"]);
export type OrganisationRole = z.infer<typeof OrganisationRoleSchema>;

export const OrganisationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  acronym: z.string().nullable(),
  kind: OrganisationKindSchema,
  role: OrganisationRoleSchema,
  evidence: EvidenceSchema,
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const PlaceSchema = z.object({
  name: z.string(),
  /** The region the venue lies in, when the venue names one. */
  code: RegionCodeSchema.nullable(),
  evidence: EvidenceSchema,
});
export type Place = z.infer<typeof PlaceSchema>;

export const EventSchema = z
  .object({
    /** Same kind, same parties, same date: the same event, whichever article reports it. */
    key: z.string(),
    kind: EventKindSchema,
    subtype: EventSubtypeSchema,
    status: EventStatusSchema,
    date: FactDateSchema.nullable(),
    dateBasis: DateBasisSchema.nullable(),
    /** The sentence the date was read from. */
    dateEvidence: EvidenceSchema.nullable(),
    /** End of the term of validity ("berlaku hingga 12 Juni 2028"): never the event's date. */
    validUntil: FactDateSchema.nullable(),
    /** Length of the term of validity in years ("berlaku selama lima tahun"). */
    durationYears: z.number().positive().nullable(),
    validityEvidence: EvidenceSchema.nullable(),
    place: PlaceSchema.nullable(),
    /** Region codes of the parties, as the public contract lists them. */
    parties: z.array(RegionCodeSchema),
    /**
     * The party every other party deals with (a host signing with several visitors, a governor convening
     * the bupati), or null when the parties act as equals or are only two. Partnerships are the hub with
     * each other party, or every pair of parties without a hub.
     */
    hub: RegionCodeSchema.nullable(),
    partyRoles: z.array(EventPartySchema),
    sectors: z.array(SectorIdSchema),
    sectorRefs: z.array(SectorRefSchema),
    /** Canonical programme names, as the public contract lists them. */
    programs: z.array(z.string()),
    programRefs: z.array(ProgramRefSchema),
    organisations: z.array(OrganisationSchema),
    /** The event's main sentence. */
    evidence: EvidenceSchema,
    /** The extraction rule that made the event, for review and for the --explain tool. */
    rule: z.string(),
  })
  .refine((event) => event.hub === null || event.parties.includes(event.hub), {
    message: "hub must be one of the event's parties",
  })
  .refine(
    (event) =>
      event.partyRoles.length === event.parties.length &&
      event.partyRoles.every((p, i) => p.code === event.parties[i]),
    { message: "partyRoles must list the parties in the same order" },
  );
export type Event = z.infer<typeof EventSchema>;

export const PersonSchema = z.object({
  /** The name as a reader would display it: honorifics and degrees removed. */
  name: z.string().min(1),
  /** The name exactly as printed, with honorifics and degrees ("Dr. Ir. H. W. Musyafirin, M.M."). */
  displayName: z.string().min(1),
  /** Identity key: lower case, honorifics, degrees and initials stripped ("musyafirin"). */
  key: z.string().min(1),
  title: z.string().min(1),
  region: RegionCodeSchema,
  evidence: EvidenceSchema,
});
export type Person = z.infer<typeof PersonSchema>;

/** A region the article mentions, whether or not it acts in an event. */
export const RegionMentionSchema = z.object({
  code: RegionCodeSchema,
  name: z.string(),
  kind: RegionKindSchema,
  isParty: z.boolean(),
  evidence: z.array(EvidenceSchema).min(1),
});
export type RegionMention = z.infer<typeof RegionMentionSchema>;

export const FactsSchema = z.object({
  document: DocumentSchema,
  events: z.array(EventSchema),
  people: z.array(PersonSchema),
  regions: z.array(RegionMentionSchema),
});
export type Facts = z.infer<typeof FactsSchema>;

/** One line of `extract --format jsonl`: the facts of one file, or why there are none. */
export const ExtractLineSchema = z.object({
  file: z.string(),
  document: DocumentSchema.nullable(),
  error: z.string().nullable(),
  events: z.array(EventSchema),
  people: z.array(PersonSchema),
  regions: z.array(RegionMentionSchema),
});
export type ExtractLine = z.infer<typeof ExtractLineSchema>;
