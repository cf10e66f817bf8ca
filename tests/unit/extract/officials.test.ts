/**
 * Officials on made-up sentences: the chain of qualifiers between a title and the name, ranks and initials,
 * names before a title, list items without a title, Camat and their district, consuls, council chairs,
 * national officials; and a region named by its seat town once the matcher resolves it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { findOfficials } from "../../../server/pipeline/extract/officials.ts";
import type { ArticleMention } from "../../../server/pipeline/extract/region-context.ts";
import { splitSentences } from "../../../server/pipeline/extract/sentences.ts";
import { foldText, tokenize } from "../../../server/pipeline/extract/text.ts";
import { extract, resourcesReady } from "./_extract.ts";

beforeAll(async () => {
  await resourcesReady();
});

function people(text: string): [string, string, string][] {
  return extract(text).people.map((p) => [p.title, p.name, p.region]);
}

describe("qualifiers between the title's region and the name (H1)", () => {
  it("skips a country after a foreign city, and gives the official the foreign region", () => {
    expect(
      people("Kunjungan Wali Kota Changwon, Korea Selatan, Kim Min-Soo ke Kota Semarang disambut hangat."),
    ).toEqual([["Wali Kota", "Kim Min-Soo", "KR/Changwon"]]);
  });

  it("skips a province and bracketed acronyms, even glued to the next word", () => {
    expect(
      people("Sekretaris Daerah Kepulauan Sula (Kepsul)Provinsi Maluku Utara (Malut), Rahmat Hidayat hadir."),
    ).toEqual([["Sekretaris Daerah", "Rahmat Hidayat", "82.05"]]);
    expect(people("Pidato Bupati Jember Jatim Andi Wijaya singkat saja.")).toEqual([
      ["Bupati", "Andi Wijaya", "35.09"],
    ]);
  });

  it("reads police and military ranks and (Purn) as honorifics", () => {
    expect(
      people("Pj Gubernur Sulawesi Barat, Irjen Pol (Purn) Drs. Hendra Saputra, M.Si membuka rapat."),
    ).toEqual([["Penjabat Gubernur", "Hendra Saputra", "76"]]);
    expect(people("Pj Bupati Kediri Brigjen TNI Agus Santoso hadir.")).toEqual([
      ["Penjabat Bupati", "Agus Santoso", "35.06"],
    ]);
  });

  it("never takes a region's name for a personal name", () => {
    expect(people("Hadir Bupati Kediri, Blitar dan Bupati Tulungagung.")).toEqual([]);
    expect(people("Rapat dihadiri Bupati Agam, Mentawai, Pasaman dan Pj Bupati Solok.")).toEqual([]);
  });
});

describe("list items without their title", () => {
  it("gives a region-and-name item the title of the official before it", () => {
    expect(
      people("Hadir Bupati Kediri Dewi Lestari, Blitar Rini Syarifah, Bupati Tulungagung Maryoto Birowo."),
    ).toEqual([
      ["Bupati", "Dewi Lestari", "35.06"],
      ["Bupati", "Rini Syarifah", "35.05"],
      ["Bupati", "Maryoto Birowo", "35.04"],
    ]);
  });
});

describe("names with initials (H6)", () => {
  it("reads two or three capital initials with a full stop as the start of a name", () => {
    expect(people("Hadir pula Kadis Pariwisata Kota Kediri MA. Rina Kusuma.")).toEqual([
      ["Kepala Dinas Pariwisata", "MA. Rina Kusuma", "35.71"],
    ]);
    const [person] = extract("Hadir pula Kadis Pariwisata Kota Kediri MA. Rina Kusuma.").people;
    expect(person?.key).toBe("rina kusuma");
  });
});

describe("names before their title (H9)", () => {
  it("reads a name joined by a comma, selaku or yang juga", () => {
    expect(people("Tamu disambut Budi Raharjo, Asisten I Setkab Kediri, di pendopo.")).toEqual([
      ["Asisten I Setkab", "Budi Raharjo", "35.06"],
    ]);
    expect(people("Rapat dibuka Sutrisno selaku Sekda Kota Madiun.")).toEqual([
      ["Sekretaris Daerah", "Sutrisno", "35.77"],
    ]);
    expect(people("Sambutan datang dari Rina Marlina yang juga Wali Kota Probolinggo.")).toEqual([
      ["Wali Kota", "Rina Marlina", "35.74"],
    ]);
  });

  it("reads a name before a title copied in lower case", () => {
    expect(
      people("Pemkab Blitar diwakili Ir. Heru santoso sekda kabupaten kediri, disaksikan peserta."),
    ).toEqual([["Sekretaris Daerah", "Heru Santoso", "35.06"]]);
    expect(people("Ketiga, bupati kediri memberi sambutan.")).toEqual([]);
  });

  it("strips degrees between the name and the title", () => {
    expect(
      people(
        "Pembicaranya Ir. Hamid Kasim, M.Si., Kepala Bidang Ekonomi Bappeda Provinsi Sulawesi Tenggara.",
      ),
    ).toEqual([["Kepala Bidang Ekonomi Bappeda", "Hamid Kasim", "74"]]);
  });
});

describe("Camat and their district", () => {
  it("splits the district from the name and gives the Camat the district's kabupaten", () => {
    expect(people("Hadir Camat Kakas Barat Yohana Rondonuwu dan Camat Kakas Hendrik Tumbel.")).toEqual([
      ["Camat", "Yohana Rondonuwu", "71.02"],
      ["Camat", "Hendrik Tumbel", "71.02"],
    ]);
  });

  it("reads no Camat without a district or region", () => {
    expect(people("Hadir Camat Yohana Rondonuwu di balai desa.")).toEqual([]);
  });
});

describe("consuls and council chairs", () => {
  it("gives a consul the country of the title, past the consulate's city", () => {
    expect(
      people(
        "Wali Kota Kupang menerima Konsul Jenderal (Konjen) Australia di Denpasar Bali, Anthony Lee, Senin.",
      ),
    ).toEqual([["Konsul Jenderal", "Anthony Lee", "AU"]]);
  });

  it("reads the chair of a council from 'yang diketuai'", () => {
    expect(people("Rombongan DPRD Kota Batu yang diketuai oleh Asmadi Sucipto tiba di Surabaya.")).toEqual([
      ["Ketua DPRD", "Asmadi Sucipto", "35.79"],
    ]);
    expect(people("Rombongan DPR Suwon yang diketuai oleh Lee Jae-Joon tiba.")).toEqual([]);
  });
});

describe("national officials (H10)", () => {
  it("gives ministers, directors general and national MPs the country, never a region", () => {
    const found = extract(
      "Acara dihadiri Menteri Dalam Negeri Tito Karnavian, Dirjen Bina Pemdes Kemendagri Eko Prasetyo dan Anggota DPR RI Budi Setiawan di Kota Malang.",
    ).people;
    expect(found.map((p) => [p.name, p.region])).toEqual([
      ["Tito Karnavian", "ID"],
      ["Eko Prasetyo", "ID"],
      ["Budi Setiawan", "ID"],
    ]);
  });
});

describe("a title with no name, the same official twice", () => {
  it("gives no person for a title alone and one person for a name printed twice", () => {
    expect(people("Plt Kepala Dinas Kesehatan Kota Blitar belum hadir.")).toEqual([]);
    expect(
      people("Bupati Kediri Hanindhito Himawan Pramana hadir. Bupati Kediri Hanindhito Himawan hadir lagi."),
    ).toEqual([["Bupati", "Hanindhito Himawan Pramana", "35.06"]]);
  });
});

describe("a regency named by its seat town (E7)", () => {
  it("gives an official the regency the matcher resolved a seat town to, past the province", () => {
    const text = "Bupati Muara Bungo, Jambi, Hendra Gunawan, hadir.";
    const tokens = tokenize(text, foldText(text));
    const sentences = splitSentences(text);
    const start = text.indexOf("Muara");
    const mention = (from: number, to: number, code: string, kind: "regency" | "province", title: boolean) =>
      ({
        start: from,
        end: to,
        tokenStart: tokens.findIndex((t) => t.start === from),
        tokenEnd: tokens.findIndex((t) => t.end === to) + 1,
        candidates: [{ code, kind, name: code }],
        prefix: title ? { level: "regency", type: "title", start: 0, tokenStart: 0 } : null,
        via: "name",
        ref: { code, kind, name: code },
        sentence: 0,
        phraseStart: title ? 0 : from,
        dateline: false,
        venue: false,
        locative: null,
        qualifier: !title,
        apposition: false,
        witness: false,
        inHeadline: false,
        inHeader: false,
      }) satisfies ArticleMention;
    const jambi = text.indexOf("Jambi");
    const officials = findOfficials({
      text,
      tokens,
      sentences,
      mentions: [
        mention(start, start + "Muara Bungo".length, "15.08", "regency", true),
        mention(jambi, jambi + 5, "15", "province", false),
      ],
      skip: () => false,
    });
    expect(officials.map((o) => [o.name?.name, o.region])).toEqual([["Hendra Gunawan", "15.08"]]);
  });
});

describe("more separators and list shapes", () => {
  it("reads a dash for the comma between a title's region and the name", () => {
    expect(people("Pelantikan itu disusul pidato Wakil Bupati Blitar – Rina Kartika di pendopo.")).toEqual([
      ["Wakil Bupati", "Rina Kartika", "35.05"],
    ]);
  });

  it("gives numbered Staf Ahli listed after a visiting official that official's region", () => {
    expect(
      people(
        "Tamu yang datang ialah Asisten Pemerintahan Kabupaten Mimika, Yohanis Beanal beserta rombongan dan Staf Ahli III, Markus Kum; Staf Ahli I, Petrus Wakur.",
      ),
    ).toEqual([
      ["Asisten Pemerintahan", "Yohanis Beanal", "94.04"],
      ["Staf Ahli III", "Markus Kum", "94.04"],
      ["Staf Ahli I", "Petrus Wakur", "94.04"],
    ]);
  });

  it("takes a name's region from the title that names it elsewhere, before the sentence around it", () => {
    expect(
      people(
        "Asisten Pemerintahan Yohanis Beanal tiba di Kantor Pemkab Blitar pagi itu. Menurut Asisten Pemerintahan Kabupaten Mimika, Yohanis Beanal, perjalanan lancar.",
      ),
    ).toEqual([["Asisten Pemerintahan", "Yohanis Beanal", "94.04"]]);
  });

  it("reads an epithet after a named head of region as no second holder", () => {
    expect(
      people("Bupati Lumajang Rina Kartika membuka pasar murah. Menurut Bupati Milenial itu, harga stabil."),
    ).toEqual([["Bupati", "Rina Kartika", "35.08"]]);
  });

  it("reads a room named after an office as a room", () => {
    expect(people("Diskusi digelar di ruang kerja Sekda, Kepanjen, kemarin siang.")).toEqual([]);
  });

  it("ends office words at a region's name in capitals", () => {
    expect(people("Hadir Kepala Dinas Kesehatan NTB Lalu Hamzi Fikri.")).toEqual([
      ["Kepala Dinas Kesehatan", "Lalu Hamzi Fikri", "52"],
    ]);
    expect(
      people("Menurut Kepala Biro Kepala Daerah dan Kerja Sama (KDH) DIY, Sri Hartati, tamu sudah pulang."),
    ).toEqual([["Kepala Biro Kepala Daerah dan Kerja Sama", "Sri Hartati", "34"]]);
  });

  it("reads a numbered Bakorwil as the province's and a one-word name before degrees and a title", () => {
    expect(people("Sambutan Kepala Bakorwil III Malang Dr. Sigit Priyanto, M.Si dibacakan staf.")).toEqual([
      ["Kepala Bakorwil III", "Sigit Priyanto", "35"],
    ]);
    expect(
      people("Giliran Sugiono, S.H., M.M., Asisten II Kabupaten Lamongan, menyampaikan paparan."),
    ).toEqual([["Asisten II", "Sugiono", "35.24"]]);
  });

  it("merges a name printed with initials for two of its words", () => {
    expect(
      people(
        "Wali Kota Denpasar Ida Bagus Made Arsa hadir. Menurut Wali Kota Denpasar IB Made Arsa, acara lancar.",
      ),
    ).toEqual([["Wali Kota", "Ida Bagus Made Arsa", "51.71"]]);
  });

  it("reads honorary consuls and English mayoral titles abroad", () => {
    expect(people("Ikut menyaksikan Konsul Kehormatan Jerman untuk Jawa Timur, Hans Becker.")).toEqual([
      ["Konsul Kehormatan", "Hans Becker", "DE"],
    ]);
    expect(
      people(
        "Pemkot Semarang dan Pemerintah Kota Perth, Australia meneken MoU. Naskah diteken Lord Mayor Perth Alderman John Carter.",
      ),
    ).toEqual([["Wali Kota", "John Carter", "AU/Perth"]]);
  });
});

describe("second roles, paired titles, abbreviations", () => {
  it("skips a second role between a title's region and the name", () => {
    expect(people("Pidato Bupati Ciamis yang juga Ketua Asosiasi Petani, Budi Kusuma tidak lama.")).toEqual([
      ["Bupati", "Budi Kusuma", "32.07"],
    ]);
  });

  it("shares one region between two titles joined by dan and gives each its name", () => {
    expect(
      people(
        "Gubernur dan Wakil Gubernur Bengkulu Budi Santoso dan Rina Wati hadir bersama. Dalam rapat, Gubernur Budi meminta Wagub Rina dan Sekdaprov Hendra Lubis meniru Jawa Tengah.",
      ),
    ).toEqual([
      ["Gubernur", "Budi Santoso", "17"],
      ["Wakil Gubernur", "Rina Wati", "17"],
      ["Sekretaris Daerah", "Hendra Lubis", "17"],
    ]);
  });

  it("reads Mohd./Muh. and dotted initials inside or before a name", () => {
    expect(
      people("Paparan disampaikan Kepala Bappeda Kampar Muh. Yusuf Hamdani dan Wali Kota Dumai, H.A Rahman."),
    ).toEqual([
      ["Kepala Bappeda", "Muh. Yusuf Hamdani", "14.01"],
      ["Wali Kota", "Rahman", "14.72"],
    ]);
  });

  it("reads Penjagub, and a Fungsional representing a Sekda", () => {
    expect(people("Pekan lalu Penjagub Gorontalo Hendra Gunawan membuka pameran.")).toEqual([
      ["Penjabat Gubernur", "Hendra Gunawan", "75"],
    ]);
    expect(
      people(
        "Sekda Provinsi Jambi yang diwakili Fungsional Subkoordinator Pemerintahan Wahyudi ikut tanda tangan.",
      ),
    ).toEqual([["Fungsional Subkoordinator Pemerintahan", "Wahyudi", "15"]]);
  });

  it("never reads a region's abbreviation in a list as a name", () => {
    expect(people("Utusan daerah:\nJatim - Sekda Prov\nNTB - Gubernur\nBali - Asisten 1")).toEqual([]);
  });

  it("ends an office at the bracket its acronym closes", () => {
    expect(
      people("Di Pemkab Kampar, Kepala Bagian Organisasi (Ortala) Arfan Usman memaparkan data."),
    ).toEqual([["Kepala Bagian Organisasi", "Arfan Usman", "14.01"]]);
  });
});
