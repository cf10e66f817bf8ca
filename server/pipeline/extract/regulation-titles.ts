/**
 * The topics of regulations' titles: "Peraturan Daerah Kabupaten X Nomor 3 Tahun 2015 tentang Kerja Sama
 * Daerah", "Peraturan Gubernur Y No. 12 Tahun 2014 tentang Tata Cara Kerja Sama".
 *
 * Why: words of cooperation there name what a regulation governs, not an act of the regions the title
 * names; read as acts, a page listing regional regulations became a meeting of four regions.
 */
import type { Span } from "./sentences.ts";

/** A regulation named by its kind and number, up to its "tentang". */
const REGULATION_BEFORE_TOPIC =
  /(?<![\p{L}])(?:peraturan|perda|perbup|perwal|perwali|pergub|permendagri|permen|undang[- ]undang|uu|keputusan|kepmendagri|instruksi|surat edaran)(?![\p{L}])[^.;]{0,160}?(?<![\p{L}])(?:nomor|no\.?)(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])tentang$/u;

/** How far a topic reaches after its "tentang": a few words ("tentang tata cara pelaksanaan kerja sama"). */
const TOPIC_REACH = 60;

/** The spans of the folded text that are topics of regulations' titles, in text order. */
export function regulationTopics(folded: string): Span[] {
  const spans: Span[] = [];
  for (let at = folded.indexOf("tentang"); at >= 0; at = folded.indexOf("tentang", at + 7)) {
    const end = at + 7;
    if (REGULATION_BEFORE_TOPIC.test(folded.slice(Math.max(0, at - 240), end)))
      spans.push({ start: end, end: Math.min(folded.length, end + TOPIC_REACH) });
  }
  return spans;
}
