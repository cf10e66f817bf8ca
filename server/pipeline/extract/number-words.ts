/**
 * Indonesian number words as news writes counts and terms ("empat provinsi", "selama lima tahun").
 *
 * Why one table: counts of partners and terms of validity read the same words.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  "dua belas": 12,
};
