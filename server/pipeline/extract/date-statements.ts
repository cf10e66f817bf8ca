/**
 * Whether a date is the day someone spoke rather than the day of an act: a date in a speech attribution
 * ("kata Wali Kota X di Y, Jumat (13/12/2019)", "Sekda X, Senin (9/04) mengatakan") or an interview ("saat
 * ditemui di kantornya, Senin"), unless the attribution ties the words to the event ("tutur Wali Kota usai
 * acara, Jumat (10/3)", "dalam sambutannya, Jumat").
 *
 * Why: the annotation guide dates an event by the act, never by an interview; reporters put the day they
 * spoke to an official after the quote, which reads like an event date.
 */

/** Speech verbs, as reporters attribute words ("kata", "ujarnya", "jelas Bupati"). */
const SPEECH =
  "(?:kata|ujar|ungkap|tutur|jelas|terang|papar|sebut|tambah|imbuh|tegas|pungkas|tandas|lanjut|ucap|sambung|harap|urai|beber|tutup|pinta|seru|tulis)";
/**
 * A speech verb before the date in the same clause, and nothing but an attribution between them. The verb
 * is followed by "-nya", a name or title in capitals, or a pronoun ("jelas Bupati", "ujarnya", "kata dia"),
 * so "tindak lanjut", "lebih lanjut" or "sudah jelas bahwa" are not attributions.
 */
const SPEECH_VERB = new RegExp(
  `(?:^|[\\s,"”])(?<!tindak |lebih |se)${SPEECH}(?:nya\\b|\\s+(?:\\p{Lu}|dia\\b|ia\\b|beliau\\b|mereka\\b))`,
  "gu",
);
/** What may lie between the attribution and the date: no sentence end, no quote. */
const ATTRIBUTION_TAIL = /^(?:[^.!?"“”]|\.(?!\s+\p{Lu}\p{Ll}))*$/u;
/** A quick test before SPEECH_VERB: one of the verbs, in any form. */
const MAY_BE_SPEECH =
  /kata|ujar|ungkap|tutur|jelas|terang|papar|sebut|tambah|imbuh|tegas|pungkas|tandas|lanjut|ucap|sambung|harap|urai|beber|tutup|pinta|seru|tulis/;

/** The attribution before a date in the same clause ("kata Bupati X di Y, "), if any: its text. */
function attributionBefore(clause: string): string | null {
  if (!MAY_BE_SPEECH.test(clause)) return null;
  let last: RegExpExecArray | null = null;
  SPEECH_VERB.lastIndex = 0;
  for (let m = SPEECH_VERB.exec(clause); m !== null; m = SPEECH_VERB.exec(clause)) last = m;
  if (!last) return null;
  const attribution = clause.slice(last.index);
  return ATTRIBUTION_TAIL.test(attribution.slice(last[0].length)) ? attribution : null;
}
/** "Hasanuddin, Senin (9/04) mengatakan": the speaker, the day, then the verb. */
const SPEECH_AFTER =
  /^[\s,)]*(?:mengatakan|menjelaskan|menyampaikan|mengungkapkan|menuturkan|menegaskan|menyebutkan|menerangkan|menyatakan|berkata|mengaku)\b/i;
/** An interview or a press release ("dalam rilisnya"): the day the reporter met the speaker or the release went out. */
const INTERVIEW =
  /\b(?:ditemui|dijumpai|dikonfirmasi|dihubungi|diwawancarai|wawancara|kepada wartawan|kepada awak media|kepada media|keterangan (?:resmi|tertulis|pers)|siaran pers|rilis)(?:nya)?\b[^.!?]{0,60}$/i;
const MAY_BE_INTERVIEW = /dit?emui|dijumpai|dikonfirmasi|dihubungi|wawancara|kepada|keterangan|siaran|rilis/i;

/** Words tying an attribution to the event itself: the words were said there. */
const AT_THE_EVENT =
  /\b(?:usai|seusai|setelah|sesudah|saat|ketika|di ?sela|dalam (?:sambutan|paparan|arahan|kesempatan|acara|kegiatan|kesepakatan|penandatanganan|rapat|pertemuan|kunjungan|pidato)|pada (?:acara|kegiatan|kesempatan))/i;

/** Is the date at `start..end` the day of a statement or interview rather than of an act? */
export function isStatementDate(text: string, start: number, end: number): boolean {
  const clause = text.slice(Math.max(0, start - 100), start);
  if (MAY_BE_INTERVIEW.test(clause) && INTERVIEW.test(clause)) return true;
  const spoken = attributionBefore(clause);
  if (spoken !== null && !AT_THE_EVENT.test(spoken)) return true;
  return SPEECH_AFTER.test(text.slice(end, end + 24));
}
