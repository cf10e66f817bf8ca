/**
 * The extractor's entry point: one article's text in, its facts out (document, events, people, regions),
 * each fact with the quote and offsets it rests on.
 *
 * Why this shape: resources (gazetteer, compiled matcher) load once, asynchronously, and are passed in;
 * `extractFacts` itself is synchronous, pure and never throws on any input text, so the CLI, the loader,
 * the benchmark and tests all call the same function.
 * @see ../../../docs/extraction.md
 */
import type { Facts, RegionMention as RegionMentionFact } from "../../schemas/facts.ts";
import { analyseLayout, insideAny, type ArticleLayout } from "./article-layout.ts";
import { countryNames } from "./countries.ts";
import { loadDistricts, NO_DISTRICTS, type DistrictIndex } from "./districts.ts";
import { findDates, formatDate, parseIsoDate, type DateMention } from "./dates.ts";
import { copyrightYear, publicationDate, yearsIn } from "./date-resolution.ts";
import type { SentenceFacts } from "./event-candidates.ts";
import type { TriggerHit } from "./event-triggers.ts";
import { extractEvents } from "./events.ts";
import { withForeignRegions } from "./foreign-regions.ts";
import { loadGazetteer, type Gazetteer } from "./gazetteer.ts";
import { extractPeople } from "./people.ts";
import { namedProgrammes } from "./programmes.ts";
import { regulationTopics } from "./regulation-titles.ts";
import { annotateMentions, type ArticleMention } from "./region-context.ts";
import { withListPrefixes } from "./region-lists.ts";
import { buildRegionMatcher, matchRegions, type RegionMatcher } from "./region-matcher.ts";
import { splitLines, splitSentences, type Sentence, type Span } from "./sentences.ts";
import { documentId, evidenceOf, foldText, normaliseText, tokenize } from "./text.ts";
import { findVocabulary } from "./vocabulary.ts";

export interface ExtractionResources {
  gazetteer: Gazetteer;
  matcher: RegionMatcher;
  /** Kecamatan names, for the region of a Camat. */
  districts: DistrictIndex;
}

export interface ArticleMeta {
  /** Title from the page's metadata, preferred over the headline found in the text. */
  title?: string;
  /** `YYYY-MM-DD` from the page's metadata; otherwise read from the text. */
  publishedAt?: string | null;
  source?: string;
}

/** Evidence quotes kept per region: enough to show, bounded for very long inputs. */
const MAX_EVIDENCE_PER_REGION = 20;

export function buildExtractionResources(
  gazetteer: Gazetteer,
  districts: DistrictIndex = NO_DISTRICTS,
): ExtractionResources {
  return { gazetteer, matcher: buildRegionMatcher(gazetteer, countryNames()), districts };
}

let resources: Promise<ExtractionResources> | undefined;

/** Loads the gazetteer and compiles the matchers, once per process. */
export function loadExtractionResources(): Promise<ExtractionResources> {
  resources ??= Promise.all([loadGazetteer(), loadDistricts()]).then(([gazetteer, districts]) =>
    buildExtractionResources(gazetteer, districts),
  );
  return resources;
}

/** Distributes items sorted by start over sentences sorted by start, in one pass. */
function bySentence<T extends { start: number }>(items: readonly T[], sentences: readonly Sentence[]): T[][] {
  const groups: T[][] = sentences.map(() => []);
  let s = 0;
  for (const item of items) {
    while (s < sentences.length && (sentences[s] as Sentence).end <= item.start) s++;
    const sentence = sentences[s];
    if (sentence && item.start >= sentence.start) (groups[s] as T[]).push(item);
  }
  return groups;
}

const QUOTE_CHARS = /["“”]/g;

/** Quoted speech: “...” pairs, and straight quotes toggling, both closed at the end of a line. */
export function quotedSpans(text: string, lines: readonly Span[]): Span[] {
  const spans: Span[] = [];
  if (!/["“”]/.test(text)) return spans;
  // From one quote character to the next, not character by character.
  let open = -1;
  let line = 0;
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(text); m !== null; m = QUOTE_CHARS.exec(text)) {
    const at = m.index;
    while (line < lines.length && (lines[line] as Span).end <= at) {
      // A quote left open closes at the end of its line.
      if (open >= 0) spans.push({ start: open, end: (lines[line] as Span).end });
      open = -1;
      line++;
    }
    const current = lines[line];
    if (!current || at < current.start) continue;
    const c = m[0];
    if (open < 0 && (c === "“" || c === '"')) open = at;
    else if (open >= 0 && (c === "”" || c === '"')) {
      spans.push({ start: open, end: at + 1 });
      open = -1;
    }
  }
  if (open >= 0 && line < lines.length) spans.push({ start: open, end: (lines[line] as Span).end });
  return spans;
}

function sentenceFacts(
  sentences: readonly Sentence[],
  layout: ArticleLayout,
  hits: readonly TriggerHit[],
  mentions: readonly ArticleMention[],
  dates: readonly DateMention[],
): SentenceFacts[] {
  const hitGroups = bySentence(hits, sentences);
  const mentionGroups = bySentence(mentions, sentences);
  const dateGroups = bySentence(dates, sentences);
  const facts: SentenceFacts[] = [];
  let bodyIndex = 0;
  sentences.forEach((sentence, i) => {
    if (insideAny(layout.excluded, sentence.start)) return;
    const inHeader = sentence.start < layout.bodyStart;
    facts.push({
      sentence,
      hits: hitGroups[i] ?? [],
      mentions: mentionGroups[i] ?? [],
      dates: dateGroups[i] ?? [],
      inHeader,
      inHeadline: layout.headlines.some((h) => sentence.start >= h.start && sentence.start < h.end),
      bodyIndex: inHeader ? -1 : bodyIndex++,
    });
  });
  return facts;
}

function regionFacts(text: string, mentions: readonly ArticleMention[], partyCodes: ReadonlySet<string>) {
  const regions = new Map<string, RegionMentionFact>();
  for (const m of mentions) {
    let region = regions.get(m.ref.code);
    if (!region) {
      region = {
        code: m.ref.code,
        name: m.ref.name,
        kind: m.ref.kind,
        isParty: partyCodes.has(m.ref.code),
        evidence: [],
      };
      regions.set(m.ref.code, region);
    }
    if (region.evidence.length < MAX_EVIDENCE_PER_REGION)
      region.evidence.push(evidenceOf(text, m.phraseStart, m.end));
  }
  return [...regions.values()];
}

/** The text with the given sorted spans left out (teasers and footers must not lend their years). */
function withoutSpans(text: string, spans: readonly Span[]): string {
  let kept = "";
  let from = 0;
  for (const span of spans) {
    kept += `${text.slice(from, span.start)}\n`;
    from = Math.max(from, span.end);
  }
  return kept + text.slice(from);
}

function titleOf(
  text: string,
  layout: ArticleLayout,
  sentences: readonly Sentence[],
  meta: ArticleMeta,
): string {
  if (meta.title?.trim()) return meta.title.trim();
  let title = layout.headline ? text.slice(layout.headline.start, layout.headline.end).trim() : "";
  // Without a headline, the lead sentence without its dateline ("SURABAYA (ANTARA) - ").
  for (const s of title ? [] : sentences.filter((s) => s.start >= layout.bodyStart)) {
    const dateline = layout.datelines.find((d) => d.start <= s.start && d.end > s.start);
    const start = dateline ? Math.max(s.start, dateline.end) : s.start;
    if (s.end - start >= 20) {
      title = text.slice(start, s.end).trim();
      break;
    }
  }
  return title.length > 200 ? `${title.slice(0, 197)}...` : title;
}

/** An article's normalised text (what every evidence offset points into) and its facts. */
export interface ExtractedArticle {
  text: string;
  facts: Facts;
}

/** Every fact one article states, with evidence. Synchronous, pure, total: any string in, facts out. */
export function extractFacts(rawText: string, meta: ArticleMeta, resources: ExtractionResources): Facts {
  return extractArticle(rawText, meta, resources).facts;
}

/**
 * The facts and the normalised text they point into, normalised once here: callers that keep the text
 * beside the facts (the loader stores it for the evidence offsets) take it from this result.
 */
export function extractArticle(
  rawText: string,
  meta: ArticleMeta,
  resources: ExtractionResources,
): ExtractedArticle {
  const text = normaliseText(rawText);
  const folded = foldText(text);
  const tokens = tokenize(text, folded);
  const lines = splitLines(text);
  const sentences = splitSentences(text, lines);
  const layout = analyseLayout(text, lines);
  const isExcluded = (offset: number) => insideAny(layout.excluded, offset);
  const matched = matchRegions(resources.matcher, text, tokens);
  const listed = withListPrefixes(resources.matcher, text, folded, tokens, matched);
  const raw = withForeignRegions(text, folded, tokens, listed);
  const mentions = annotateMentions(text, folded, tokens, sentences, layout, raw);
  const dates = findDates(text).filter((d) => !isExcluded(d.start));
  const published = parseIsoDate(meta.publishedAt) ?? publicationDate(dates, layout.bodyStart);
  const vocabulary = findVocabulary(text, tokens);
  const years = yearsIn(withoutSpans(text, layout.excluded));
  // A footer's copyright year is the last hint of when the page was written.
  const copyright = years.length === 0 ? copyrightYear(text) : null;
  const dateContext = { published, years: copyright ? [copyright] : years };
  // What a regulation's title says it is about is no act ("Perda ... Nomor 4 Tahun 2021 tentang Kerja Sama").
  const topics = regulationTopics(folded);
  const bySentenceFacts = sentenceFacts(
    sentences,
    layout,
    vocabulary.triggers.filter((h) => !isExcluded(h.start) && !insideAny(topics, h.start)),
    mentions,
    dates,
  );
  // Headlines are Title Case ("Wali Kota Bekasi Lakukan Audiensi"): names there are not reliable, and the
  // officials they name are named again in the body.
  const inHeadline = (offset: number) => layout.headlines.some((h) => offset >= h.start && offset < h.end);
  const people = extractPeople(
    text,
    tokens,
    sentences,
    mentions,
    (offset) => isExcluded(offset) || inHeadline(offset),
    resources,
  );
  const events = extractEvents({
    text,
    folded,
    tokens,
    sentences: bySentenceFacts,
    quotes: quotedSpans(text, lines),
    dateContext,
    mentions,
    sectorHits: vocabulary.sectors.filter((h) => !isExcluded(h.start)),
    programmeHits: [...vocabulary.programmes, ...namedProgrammes(text, folded, sentences)]
      .filter((h) => !isExcluded(h.start))
      .sort((a, b) => a.start - b.start),
    organisationHits: vocabulary.organisations.filter((h) => !isExcluded(h.start)),
    officials: { people, regions: new Map(mentions.map((m) => [m.ref.code, m.ref])) },
  });
  const partyCodes = new Set(events.flatMap((e) => e.parties));
  const facts: Facts = {
    document: {
      id: documentId(text),
      title: titleOf(text, layout, sentences, meta),
      publishedAt: published ? formatDate(published) : null,
      ...(meta.source ? { source: meta.source } : {}),
    },
    events,
    people,
    regions: regionFacts(text, mentions, partyCodes),
  };
  return { text, facts };
}
