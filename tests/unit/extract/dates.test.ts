/**
 * Indonesian dates: the forms news uses, year inference from the publication date, the weekday check,
 * and the page's own print date never taken for an event date.
 */
import { describe, expect, it } from "vitest";
import {
  findDates,
  publicationDate,
  resolveDate,
  yearsIn,
  type DateMention,
} from "../../../server/pipeline/extract/dates.ts";

function only(text: string): DateMention {
  const found = findDates(text);
  expect(found).toHaveLength(1);
  return found[0] as DateMention;
}

const published = (year: number, month: number, day: number) => ({
  published: { year, month, day },
  years: [],
});

describe("finding dates", () => {
  it("reads weekday-and-numbers forms with their span", () => {
    const text = "di Gambir, Selasa (5/12/2017).";
    const m = only(text);
    expect(m).toMatchObject({ day: 5, month: 12, year: 2017, weekday: 2 });
    expect(text.slice(m.start, m.end)).toBe("Selasa (5/12/2017)");
    expect(only("pada Senin 28-03-2022.")).toMatchObject({ day: 28, month: 3, year: 2022, weekday: 1 });
    expect(only("Selasa (1/8/23).")).toMatchObject({ day: 1, month: 8, year: 2023 });
  });

  it("reads written months, with or without the year", () => {
    expect(only("edisi 26 Oktober 2021.")).toMatchObject({
      day: 26,
      month: 10,
      year: 2021,
      publication: true,
    });
    expect(only("Selasa, 7 Maret 2023")).toMatchObject({ day: 7, month: 3, year: 2023, weekday: 2 });
    expect(only("sejak akhir Oktober 2021")).toMatchObject({ day: null, month: 10, year: 2021 });
  });

  it("leaves street numbers, phone numbers and lower-case 'minggu' alone", () => {
    expect(findDates("Jalan Merdeka No. 8-9, telepon (021) 88961767")).toEqual([]);
    expect(findDates("dua minggu (3/4) lalu")).toEqual([]);
  });

  it("marks print stamps, decree dates and earlier steps", () => {
    expect(only("- Senin, 22 Juli 2024 | 10:03 WIB")).toMatchObject({ timed: true });
    expect(only("Nomor 100.4.3-1037/Kep/Bangda 2023 tertanggal 18 Desember 2023")).toMatchObject({
      background: true,
    });
    expect(only("di Banjarmasin pada 26 Mei 2023 lalu")).toMatchObject({ past: true });
    expect(only("kesepakatan bersama yang telah jatuh tempo pada 4 Desember 2023")).toMatchObject({
      background: true,
    });
  });
});

describe("resolving dates", () => {
  it("takes the year of publication when the text gives none", () => {
    expect(resolveDate(only("Senin (15/7)"), published(2024, 7, 22))).toEqual({
      date: "2024-07-15",
      basis: "year_inferred",
    });
    expect(resolveDate(only("Senin (9/04)"), published(2018, 4, 12))?.date).toBe("2018-04-09");
  });

  it("takes the previous year for a date after a January publication", () => {
    expect(resolveDate(only("Kamis (28/12)"), published(2023, 1, 3))?.date).toBe("2022-12-28");
  });

  it("corrects a weekday that contradicts day and month, as the publication date agrees", () => {
    // 26 September 2021 was a Sunday; Tuesday 26 October 2021 is the release date.
    expect(resolveDate(only("pada hari Selasa 26/09 yang"), published(2021, 10, 26))).toEqual({
      date: "2021-10-26",
      basis: "weekday_corrected",
    });
  });

  it("swaps day and month when only the swap fits the weekday", () => {
    // 12/5/2018 read as 12 May is a Saturday; as 5 December it is a Wednesday.
    expect(resolveDate(only("Rabu (12/5/2018)"), { published: null, years: [] })?.date).toBe("2018-12-05");
  });

  it("without a publication date, picks a year from the text that fits the weekday", () => {
    const years = yearsIn("Festival Remo & Yosakoi 2023 di Surabaya, kerja sama sejak 1997");
    expect(resolveDate(only("pada Minggu (16/7) malam"), { published: null, years })?.date).toBe(
      "2023-07-16",
    );
  });

  it("keeps month-only dates as YYYY-MM", () => {
    expect(resolveDate(only("pada Oktober 2021"), { published: null, years: [] })?.date).toBe("2021-10");
  });
});

describe("publication date", () => {
  it("prefers the stamp with a clock time over the page's render date", () => {
    const text = "• Minggu, 21 Desember 2025\n\nJudul berita\n- Senin, 22 Juli 2024 | 10:03 WIB\nIsi berita.";
    expect(publicationDate(findDates(text), text.indexOf("Isi"))).toEqual({ year: 2024, month: 7, day: 22 });
  });

  it("otherwise takes an 'edisi' date, else the earliest header date", () => {
    const edisi = "Isi berita panjang. Dilansir dari press release edisi 26 Oktober 2021.";
    expect(publicationDate(findDates(edisi), 0)).toEqual({ year: 2021, month: 10, day: 26 });
    const header = "Kamis, 12 April 2018\nSabtu, 14 April 2018\nIsi";
    expect(publicationDate(findDates(header), header.indexOf("Isi"))).toEqual({
      year: 2018,
      month: 4,
      day: 12,
    });
  });
});

describe("day ranges and end dates", () => {
  it("starts a range of days on its first day (D3)", () => {
    for (const text of [
      "tanggal 6-7 Maret 2023.",
      "pada 6 s.d. 8 Maret 2023.",
      "pada 6 hingga 8 Maret 2023.",
    ]) {
      const m = only(text);
      expect(m, text).toMatchObject({ day: 6, month: 3, year: 2023, until: false });
    }
  });

  it("marks a date after hingga/sampai/habis/berakhir as an end, not an event day", () => {
    expect(only("Kerja sama lama habis pada 10 Maret 2023.").until).toBe(true);
    expect(only("PKS diperpanjang lima tahun, sampai 10 Maret 2028.").until).toBe(true);
    expect(only("MoU berlaku hingga Senin, 12 Juni 2028.").until).toBe(true);
    expect(only("MoU ditandatangani Senin, 12 Juni 2023.").until).toBe(false);
  });
});
