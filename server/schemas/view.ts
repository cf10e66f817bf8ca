/**
 * Saved views (GET/POST /api/views, GET/PUT/DELETE /api/views/:id): a named explorer view stored on the
 * server so that another analyst can open it. The view is the explorer's own query string
 * (web/src/state/view-state.ts and layout-codec.ts write it), positions included.
 *
 * Why a grammar and not a free string: the state is stored and handed to every analyst who opens the view,
 * so only what the explorer itself writes is accepted. VIEW_STATE_PATTERN spells the explorer's canonical
 * encoding: its parameters in its order, each value in its own form (node ids, expansions, enumerations,
 * years, positions), URL-encoded as URLSearchParams encodes. Anything else, an unknown parameter, a value of
 * the wrong form, a parameter out of order, is refused with 400. The pattern is the whole rule, so the
 * OpenAPI document states exactly what is accepted (a fuzzer generates valid states from it).
 * Browser-safe: imports only zod and sibling schemas.
 */
import { z } from "zod";
import { EventKindSchema, SectorIdSchema } from "./facts.ts";
import { notANumber, queryNumber } from "./graph.ts";
import { NodeTypeSchema } from "./node.ts";

/** The explorer's side panels (web/src/state/view-state.ts uses this list). */
export const VIEW_PANELS = [
  "overview",
  "details",
  "peers",
  "pair",
  "paths",
  "add",
  "add-url",
  "views",
] as const;
export type ViewPanel = (typeof VIEW_PANELS)[number];

/** The years the explorer's range can hold (web/src/state/filters.ts uses these). */
export const VIEW_YEAR_MIN = 1945;
export const VIEW_YEAR_MAX = 2100;

/**
 * The longest state accepted: a view of 400 placed nodes (the most a link keeps positions for) with a
 * hundred expansions fits in about 12,000 characters.
 */
export const VIEW_STATE_MAX_LENGTH = 16_000;

// One character of a value as URLSearchParams writes it: letters, digits, * - . _ kept, a space as +,
// everything else %XX (upper-case hex), never a control character (%00-%1F).
const UNIT = String.raw`(?:[A-Za-z0-9*._+-]|%[2-9A-F][0-9A-F])`;
// The same, but never an encoded slash (%2F): a foreign region's name has none.
const UNIT_NO_SLASH = String.raw`(?:[A-Za-z0-9*._+-]|%(?:2[0-9A-E]|[3-9A-F][0-9A-F]))`;
const alternatives = (values: readonly string[]) =>
  `(?:${values.map((v) => v.replaceAll(" ", "+").replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|")})`;
const list = (values: readonly string[]) => `${alternatives(values)}(?:%2C${alternatives(values)})*`;

// Region codes ("32", "32.75", "JP", "JP/Kochi") and prefixed ids ("event:…", "sector:air minum"), encoded.
// A character may take up to four %XX units: the bounds are those of NodeIdSchema, in units.
const REGION = String.raw`(?:\d{2}(?:\.\d{2})?|[A-Z]{2}(?:%2F${UNIT_NO_SLASH}{1,400})?)`;
const NODE_ID = String.raw`(?:${REGION}|(?:event|person|program|organization|sector)%3A${UNIT}{1,640})`;
// An expansion: a bare id, or "<limit>[d<depth>][t<type letters>]~<id>" (view-state.ts, encodeExpansion).
const EXPANSION = String.raw`(?:(?:[1-9]\d{0,2}|1000)(?:d[1-3])?(?:t[repgos]{1,6})?%7E)?${NODE_ID}`;
const YEAR = String.raw`(?:19(?:4[5-9]|[5-9]\d)|20\d\d|2100)`;
const B36 = "[0-9a-z]";
const POSITION = `${B36}{5}-?${B36}{1,7}\\.-?${B36}{1,7}`;

/** One parameter, written first or after an "&". */
const param = (key: string, value: string) => `(?:^|&)${key}=${value}`;

const VIEW_STATE_PATTERN_TEXT = [
  "^(?!&)",
  `(?:${param("lang", "(?:id|en)")})?`,
  `(?:${param("panel", alternatives(VIEW_PANELS))})?`,
  `(?:${param("sel", NODE_ID)}|${param("pair", REGION)}&pair=${REGION})?`,
  `(?:${param("x", EXPANSION)})*`,
  `(?:${param("a", NODE_ID)})*`,
  `(?:${param("h", NODE_ID)})*`,
  `(?:${param("pin", NODE_ID)})*`,
  `(?:${param("types", `(?:${list(NodeTypeSchema.options)})?`)})?`,
  `(?:${param("kinds", list(EventKindSchema.options))})?`,
  `(?:${param("sectors", list(SectorIdSchema.options))})?`,
  `(?:${param("from", YEAR)})?`,
  `(?:${param("to", YEAR)})?`,
  `(?:${param("pf", NODE_ID)}&pt=${NODE_ID})?`,
  `(?:${param("lay", `${POSITION}(?:_${POSITION})*`)})?`,
  `(?:${param("vp", `${B36}{1,6}\\.-?${B36}{1,7}\\.-?${B36}{1,7}`)})?`,
  "$",
].join("");

export const VIEW_STATE_PATTERN = new RegExp(VIEW_STATE_PATTERN_TEXT);

export const ViewStateSchema = z
  .string()
  .max(VIEW_STATE_MAX_LENGTH)
  .regex(
    VIEW_STATE_PATTERN,
    "must be an explorer view as its address writes it: only its parameters (lang, panel, sel, pair, x, a, h, " +
      "pin, types, kinds, sectors, from, to, pf, pt, lay, vp), in that order, each in its own form",
  )
  .describe(
    "The explorer's view as its address's query string without the '?' (web/src/state/view-state.ts), " +
      "positions included (lay, vp); empty for the start view",
  )
  .meta({ examples: ["sel=32.75&x=32.75&x=52.07&kinds=agreement&from=2019", ""] });

/**
 * A short text that must say something and holds no control character: checked as sent (so the OpenAPI
 * document's pattern is the whole rule), then trimmed.
 */
const label = (max: number) =>
  z
    .string()
    .max(max)
    // The control characters are the point of this pattern: a name with a line break or NUL is refused.
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\x00-\x1f\x7f]*$/, "must not contain control characters")
    .regex(/\S/, "must contain some text")
    .trim();

/**
 * A name as the uniqueness of names sees it: "Bekasi  dan Mitranya" and "bekasi dan mitranya" are one name
 * (the constraint saved_view_name is on this key). The web panel folds names the same way to find the view
 * that holds a taken name.
 */
export function foldViewName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

export const ViewIdSchema = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    "must be a saved view's id (a UUID)",
  )
  .describe("A saved view's id, a random UUID")
  .meta({ examples: ["3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b"] });

export const ViewParamsSchema = z.object({ id: ViewIdSchema });

// Strict: a field the API does not know is refused (400), not dropped.
export const SavedViewBodySchema = z
  .strictObject({
    name: label(120).describe(
      "What the view shows, for the list (1-120 characters); unique regardless of case and spacing",
    ),
    creator: label(60).describe("Who saved it, as they want to be named (1-60 characters); not checked"),
    state: ViewStateSchema,
  })
  .meta({ id: "SavedViewRequest" });
export type SavedViewBody = z.infer<typeof SavedViewBodySchema>;

export const SavedViewSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    creator: z.string(),
    createdAt: z.string().describe("When it was saved (ISO 8601, UTC)"),
    updatedAt: z.string().describe("When it was last replaced (ISO 8601, UTC); createdAt until then"),
  })
  .meta({ id: "SavedViewSummary" });
export type SavedViewSummary = z.infer<typeof SavedViewSummarySchema>;

export const SavedViewSchema = SavedViewSummarySchema.extend({ state: z.string() }).meta({ id: "SavedView" });
export type SavedView = z.infer<typeof SavedViewSchema>;

export const SavedViewListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: queryNumber(z.coerce.number({ error: notANumber }).int().min(0).max(100_000).default(0)),
});
export type SavedViewListQuery = z.infer<typeof SavedViewListQuerySchema>;

export const SavedViewListSchema = z
  .object({
    views: z.array(SavedViewSummarySchema).describe("Latest saved or replaced first"),
    total: z.number().int().describe("Saved views in all"),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: "SavedViewList" });
export type SavedViewList = z.infer<typeof SavedViewListSchema>;

export const SavedViewDeletedSchema = z
  .object({ id: z.string(), deleted: z.literal(true) })
  .meta({ id: "SavedViewDeleted" });
