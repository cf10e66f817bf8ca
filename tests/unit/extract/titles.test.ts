/**
 * The title grammar on made-up sentences: numbered Asisten, office vocabulary, abbreviated titles with a
 * full stop, council offices, functional positions, Staf Ahli, consuls, modifiers and building words.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { foldText, tokenize } from "../../../server/pipeline/extract/text.ts";
import { readTitle } from "../../../server/pipeline/extract/titles.ts";
import { extract, resourcesReady } from "./_extract.ts";

beforeAll(async () => {
  await resourcesReady();
});

function people(text: string): [string, string, string][] {
  return extract(text).people.map((p) => [p.title, p.name, p.region]);
}

function titleAt(text: string, word = 0): string | null {
  const tokens = tokenize(text, foldText(text));
  return readTitle(text, tokens, word)?.title ?? null;
}

describe("heads of an office written as one glued word", () => {
  it("reads Kadisdik, Kadinkes and Kadiskominfo as the head of that office, with the region after", () => {
    expect(
      people(
        "Kadisdik Kabupaten Bogor Budi Santoso, Kadinkes Kota Depok Rina Lestari dan Kadiskominfo Kota Bekasi Andi Saputra hadir.",
      ),
    ).toEqual([
      ["Kepala Dinas Pendidikan", "Budi Santoso", "32.01"],
      ["Kepala Dinas Kesehatan", "Rina Lestari", "32.76"],
      ["Kepala Dinas Komunikasi dan Informatika", "Andi Saputra", "32.75"],
    ]);
  });
});

describe("Asisten with a number, and Sekretaris Kota/Kabupaten/Provinsi (H2)", () => {
  it("reads Asisten I and Asisten 1 to 4 as titles, the numeral part of the office", () => {
    expect(
      people(
        "Asisten I Setda Kota Kediri Rudi Hartanto dan Asisten 3 Setda Kabupaten Blitar Lina Marlina hadir.",
      ),
    ).toEqual([
      ["Asisten I Setda", "Rudi Hartanto", "35.71"],
      ["Asisten 3 Setda", "Lina Marlina", "35.05"],
    ]);
  });

  it("reads Asisten Daerah (Asda) II and Asisten I Sekretaris Kota X", () => {
    expect(people("Pertemuan dibuka Asisten Daerah (Asda) II Kota Cilegon, Hendra Gunawan.")).toEqual([
      ["Asisten Daerah II", "Hendra Gunawan", "36.72"],
    ]);
    expect(
      people("Wali Kota Kediri datang bersama Asisten I Sekretaris Kota Kediri, Novi Andriani."),
    ).toEqual([["Asisten I Sekretaris", "Novi Andriani", "35.71"]]);
  });

  it("keeps otonomi khusus and otsus inside the office, and reads Sekretaris Provinsi as a Sekda", () => {
    expect(
      people("Asisten I Bidang Otonomi Khusus Setda Papua Barat, Yohanes Mandacan, membuka rapat itu."),
    ).toEqual([["Asisten I Bidang Otonomi Khusus Setda", "Yohanes Mandacan", "92"]]);
    expect(people("Laporan dibacakan Sekretaris Provinsi Sulawesi Utara, Ir. Frans Wowor.")).toEqual([
      ["Sekretaris Daerah", "Frans Wowor", "71"],
    ]);
  });
});

describe("office vocabulary (H3)", () => {
  it("reads pendapatan, pajak, retribusi and a title that names no one gives no person", () => {
    expect(
      people(
        "Rapat diikuti Kepala Badan Pendapatan, Pajak dan Retribusi Daerah serta Kepala Dinas Sosial Kota Blitar.",
      ),
    ).toEqual([]);
    expect(titleAt("Kepala Badan Pendapatan, Pajak dan Retribusi Daerah Suparno")).toBe(
      "Kepala Badan Pendapatan, Pajak dan Retribusi Daerah",
    );
  });

  it("reads pimpinan, luar negeri and Title-Case agency names, never a name made of office words", () => {
    expect(
      people(
        "Bupati Ngawi didampingi Kepala Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Ngawi Rina Yuliana dan Kepala Bapenda Agus Widodo.",
      ),
    ).toEqual([
      ["Kepala Bagian Protokol dan Komunikasi Pimpinan Setda", "Rina Yuliana", "35.21"],
      ["Kepala Bapenda", "Agus Widodo", "35.21"],
    ]);
    expect(
      people("Tamu disambut Kepala Biro Kerja Sama Luar Negeri Setda Jawa Tengah Dewi Anggraini."),
    ).toEqual([["Kepala Biro Kerja Sama Luar Negeri Setda", "Dewi Anggraini", "33"]]);
    expect(
      people("Hadir Kepala Bakesbangpol Kota Madiun Sutrisno dan Kepala Organisasi Perangkat Daerah."),
    ).toEqual([["Kepala Bakesbangpol", "Sutrisno", "35.77"]]);
  });
});

describe("abbreviated titles with a full stop (H4)", () => {
  it("reads Kabag., Kabid., Kadis., Kasubag. as titles and keeps the sentence whole", () => {
    expect(
      people(
        "Dari Pemkab Lumajang hadir Kabag. Hukum Sri Wahyuni, Kabid. Pariwisata Disparbud Anton Prasetyo dan Kasubag. Umum Dedi.",
      ),
    ).toEqual([
      ["Kepala Bagian Hukum", "Sri Wahyuni", "35.08"],
      ["Kepala Bidang Pariwisata Disparbud", "Anton Prasetyo", "35.08"],
      ["Kepala Subbagian Umum", "Dedi", "35.08"],
    ]);
    expect(extract("Hadir Kabag. Hukum Sri Wahyuni dari Pemkab Lumajang.").events).toEqual([]);
  });
});

describe("council offices, functional positions, Staf Ahli (H5)", () => {
  it("reads DPRD commission, body and faction offices ending in DPRD", () => {
    expect(
      people(
        "Pertanyaan diajukan Ketua Komisi B DPRD Kota Probolinggo, Abdul Halim, lalu Wakil Ketua Fraksi Golkar DPRD Kota Probolinggo Sri Utami.",
      ),
    ).toEqual([
      ["Ketua Komisi B DPRD", "Abdul Halim", "35.74"],
      ["Wakil Ketua Fraksi Golkar DPRD", "Sri Utami", "35.74"],
    ]);
    expect(people("Ketua Bapemperda DPRD Kabupaten Gianyar, Provinsi Bali, I Wayan Sudana hadir.")).toEqual([
      ["Ketua Bapemperda DPRD", "I Wayan Sudana", "51.04"],
    ]);
  });

  it("never reads a chair of something else up to a later DPRD", () => {
    expect(
      people("Hadir Ketua TP PKK Kota Blitar, Ny. Rina, dan Ketua DPRD Kota Blitar Agus Zainal."),
    ).toEqual([["Ketua DPRD", "Agus Zainal", "35.72"]]);
    expect(people("Ketua Panitia Eko Hartono membuka acara.")).toEqual([]);
  });

  it("reads a functional position and takes the region of the official represented", () => {
    expect(
      people(
        "Rapat dihadiri Perencana Ahli Madya, Yuni Astuti, yang mewakili Kepala Bappeda Provinsi Jawa Tengah.",
      ),
    ).toEqual([["Perencana Ahli Madya", "Yuni Astuti", "33"]]);
  });

  it("reads Staf Ahli of a head of region", () => {
    expect(people("Hadir Staf Ahli Gubernur Bidang Ekonomi Sulawesi Barat, Andi Rahman, di aula.")).toEqual([
      ["Staf Ahli Gubernur Bidang Ekonomi", "Andi Rahman", "76"],
    ]);
  });
});

describe("modifiers are never names (H7)", () => {
  it("does not read Plt., Plh., Pj or Penjabat as the name of an unnamed official", () => {
    expect(
      people(
        "Rapat dihadiri Sekretaris Daerah Kabupaten Kediri, Plt. Kepala Dinas Sosial Kediri, serta Plh. Kepala Bappeda.",
      ),
    ).toEqual([]);
    expect(people("Hadir Bupati Kediri, Penjabat Bupati Nganjuk dan Pj Wali Kota Blitar.")).toEqual([]);
    expect(
      people("Undangan ditujukan kepada Kepala Bappeda, Kadisdik serta Dirut PDAM Kota Blitar."),
    ).toEqual([]);
  });

  it("reads Penjabat (Pj) and Plt. in front of a title", () => {
    expect(people("Penjabat (Pj) Bupati Nganjuk Sri Handoko menerima rombongan.")).toEqual([
      ["Penjabat Bupati", "Sri Handoko", "35.18"],
    ]);
    expect(people("Plt. Kepala Dinas Sosial Kabupaten Kediri Heru Santoso hadir.")).toEqual([
      ["Pelaksana Tugas Kepala Dinas Sosial", "Heru Santoso", "35.06"],
    ]);
  });
});

describe("buildings and towns are not officials (H8)", () => {
  it("reads Balairung, Graha and Gedung Negara before a title as a building", () => {
    expect(
      people("Penandatanganan dilakukan di Balairung Bupati Kediri Ngasem, Jatim, Rabu (5/4/2023)."),
    ).toEqual([]);
    expect(people("Acara berlangsung di Graha Bupati Kediri Sudirman pada Rabu pagi.")).toEqual([]);
    expect(people("Tamu dijamu di Gedung Negara Gubernur Jawa Timur Surabaya kemarin.")).toEqual([]);
  });

  it("does not take a town followed by its province for a name", () => {
    expect(people("Acara digelar di depan Bupati Kediri Pare, Jatim, pada Rabu pagi.")).toEqual([]);
  });
});
