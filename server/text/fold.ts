/**
 * Folds text for matching: lower case, accents removed, punctuation turned into spaces, spaces collapsed.
 * "Pemkot  Bekasi" and "pemkot bekasi", "Gyeongsangbuk-do" and "gyeongsangbuk do" fold alike, so search
 * and identity rules compare what a reader would call the same words.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
