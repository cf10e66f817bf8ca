/**
 * Named programmes and initiatives regions run or share (Smart City, STBM, Kang PisMan, PPSP, SSK,
 * ProKlim, ...): from the reviewed vocabulary in vocabulary/programmes.json, matched with the other
 * vocabularies in one pass, and from the few sentence shapes that name a programme outright ("kerja sama
 * yang diberi nama X", "X merupakan suatu program ...", "program “X”").
 *
 * Why a vocabulary: one programme is written many ways ("STBM", "Sanitasi Total Berbasis Masyarakat");
 * planners look for regions that run the same programme, so a programme is keyed by a stable id. Kinds of
 * cooperation (sister city, twinning), instruments (MoU, LoI, PKS) and facilities (bank sampah) are not
 * programmes (annotation guide): the file lists them as such, and the shapes refuse them.
 */
import vocabulary from "./vocabulary/programmes.json" with { type: "json" };
import { buildPhraseMatcher, type PhraseHit } from "./phrase-matcher.ts";
import { sentenceIndexAt, type Sentence } from "./sentences.ts";
import { foldText } from "./text.ts";

export interface Programme {
  id: string;
  name: string;
  acronym?: string;
  aliases: readonly string[];
}

export const PROGRAMMES: readonly Programme[] = vocabulary.programmes;

/** The name shown and listed in `programs`: full name and acronym together ("... – STBM"). */
export function displayName(programme: Programme): string {
  return programme.acronym ? `${programme.name} – ${programme.acronym}` : programme.name;
}

/** Words for kinds of cooperation, instruments and facilities: never a programme, however named. */
export const NOT_PROGRAMMES: ReadonlySet<string> = new Set(vocabulary.notProgrammes.map(compactName));

function compactName(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export const PROGRAMME_PHRASES = buildPhraseMatcher(PROGRAMMES.map((p) => [p.aliases.join("|"), p] as const));

const BY_ALIAS = new Map<string, Programme>();
for (const programme of PROGRAMMES) {
  for (const alias of [
    programme.name,
    ...(programme.acronym ? [programme.acronym] : []),
    ...programme.aliases,
  ])
    BY_ALIAS.set(compactName(alias), programme);
}

export interface ProgrammeHit {
  id: string;
  name: string;
  /** The words the article used. */
  surface: string;
  start: number;
  end: number;
}

export function programmeHits(text: string, found: readonly PhraseHit<Programme>[]): ProgrammeHit[] {
  const hits: ProgrammeHit[] = [];
  for (const hit of found) {
    const surface = text.slice(hit.start, hit.end);
    // Acronyms in lower case are ordinary letters ("kla", "mpp" in a URL), not programmes.
    if (surface.length <= 5 && !/\p{Lu}/u.test(surface)) continue;
    hits.push({ id: hit.value.id, name: displayName(hit.value), surface, start: hit.start, end: hit.end });
  }
  return hits;
}

/** A capitalised name of one to six words ("Gerbang Ratu Bangnegoro Kertowilangan", "Michi No Eki"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}'&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'&-]*|no|of|de)){0,5}`;

/**
 * Sentence shapes that name a programme outright: "kerja sama ... yang diberi nama X", "program bernama
 * X", "program “X”", "X merupakan suatu program". The name must be capitalised; a kind of cooperation
 * ("program yang diberi nama “Sister City”") is refused by NOT_PROGRAMMES.
 */
const NAMED = [
  new RegExp(
    String.raw`(?:[Pp]rogram|[Kk]erja ?sama|[Gg]erakan|[Ii]nisiatif|[Ii]novasi)[^.;:]{0,60}?(?:diberi nama|dinamai|bernama|bertajuk|dengan nama|dengan tajuk)\s+["“]?(${NAME})`,
    "gu",
  ),
  new RegExp(String.raw`(?<![\p{L}])[Pp]rogram\s+["“](${NAME})["”]`, "gu"),
  // Two words at least: "Ini merupakan program ..." names nothing.
  new RegExp(
    String.raw`(?:^|[.,;]\s+)(${NAME}\s+${NAME})\s+(?:merupakan|adalah)\s+(?:suatu\s+|sebuah\s+|salah satu\s+)?program(?![\p{L}])`,
    "gu",
  ),
];

/** What each shape of NAMED needs in the folded sentence, tested before the shape itself. */
const NAMED_NEEDS = [/nama|tajuk/, /program\s*["“]/, /(?:merupakan|adalah)[a-z ]{0,14}program/];

/** Capitalised words that start a sentence without naming anything. */
const NOT_A_NAME_START = new Set(
  "ini itu hal kegiatan acara program kerja dia ia beliau mereka kami kita pihaknya tersebut yang".split(" "),
);

/** The name without trailing function words ("Michi No Eki di" is "Michi No Eki"). */
function trimName(name: string): string {
  return name.replace(/(?:\s+(?:no|of|de))+$/u, "").trim();
}

function slug(name: string): string {
  return compactName(name).replace(/ /g, "-");
}

/**
 * A word each shape needs ("dinamai" holds "nama"), in the folded text: one scan finds the few sentences
 * worth reading (one alternation is several times faster than a plain search per word).
 */
const SHAPE_WORDS = /program|nama|tajuk/g;

function sentencesWithShapes(folded: string, sentences: readonly Sentence[]): number[] {
  const found = new Set<number>();
  SHAPE_WORDS.lastIndex = 0;
  for (let m = SHAPE_WORDS.exec(folded); m !== null; m = SHAPE_WORDS.exec(folded)) {
    const index = sentenceIndexAt(sentences, m.index);
    if (index >= 0) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

/** Programmes named by the sentence shapes above, in the given sentences. */
export function namedProgrammes(
  text: string,
  folded: string,
  sentences: readonly Sentence[],
): ProgrammeHit[] {
  const hits: ProgrammeHit[] = [];
  // Most articles hold none of these words: one scan of the folded text decides which sentences to read.
  for (const index of sentencesWithShapes(folded, sentences)) {
    const sentence = sentences[index] as Sentence;
    const content = text.slice(sentence.start, sentence.end);
    const lower = folded.slice(sentence.start, sentence.end);
    for (const [k, pattern] of NAMED.entries()) {
      if (!(NAMED_NEEDS[k] as RegExp).test(lower)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(content); m !== null; m = pattern.exec(content)) {
        const raw = m[1] ?? "";
        const name = trimName(raw);
        const key = compactName(name);
        if (
          name.length < 3 ||
          NOT_A_NAME_START.has(key.split(" ")[0] ?? "") ||
          NOT_PROGRAMMES.has(key) ||
          NOT_PROGRAMMES.has(key.replace(/^program /, ""))
        )
          continue;
        const start = sentence.start + m.index + m[0].lastIndexOf(raw);
        const known = BY_ALIAS.get(key);
        hits.push({
          id: known?.id ?? slug(name),
          name: known ? displayName(known) : name,
          surface: name,
          start,
          end: start + name.length,
        });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
