/**
 * Officials: titles with their office words, names with honorifics and degrees, and the region each
 * serves, from the title or from the sentence around it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readNameForward } from "../../../server/pipeline/extract/person-names.ts";
import { extract, resourcesReady } from "./_extract.ts";

beforeAll(async () => {
  await resourcesReady();
});

function people(text: string): [string, string, string][] {
  return extract(text).people.map((p) => [p.title, p.name, p.region]);
}

describe("names", () => {
  it("keeps honorifics and degrees for display, strips them for the name and the identity key", () => {
    expect(readNameForward("H. Andi Asman Sulaiman, S.Sos., M.M., menerima", 0)).toMatchObject({
      name: "Andi Asman Sulaiman",
      displayName: "H. Andi Asman Sulaiman, S.Sos., M.M.",
      key: "andi asman sulaiman",
    });
    expect(readNameForward("RH Agus Bastian SE MM dan Bupati", 0)).toMatchObject({ name: "Agus Bastian" });
    expect(readNameForward("H.M.Yusfi Khalid, dan", 0)).toMatchObject({
      name: "M. Yusfi Khalid",
      key: "yusfi khalid",
    });
    expect(readNameForward("dr Sudarmi, Kabag", 0)).toMatchObject({ name: "Sudarmi" });
    expect(readNameForward("Bpk. H. Muhsin, ST, MM, MT, Assisten I", 0)).toMatchObject({
      name: "Muhsin",
      displayName: "Bpk. H. Muhsin, ST, MM, MT",
    });
    expect(readNameForward("Drh. Kenedy Hamzah, M Si dan", 0)).toMatchObject({
      name: "Kenedy Hamzah",
      displayName: "Drh. Kenedy Hamzah, M Si",
    });
    expect(readNameForward("Medison, S Sos. M Si dan Kadis", 0)).toMatchObject({
      displayName: "Medison, S Sos. M Si",
    });
    expect(readNameForward("Capt Epyardi Asda M Mar Dt. Majo Lelo menandatangani", 0)).toMatchObject({
      name: "Epyardi Asda",
    });
  });

  it("stops at function words and verbs even in Title Case", () => {
    expect(readNameForward("Drs. H. Cek Endra Dalam Sambutannya Mengatakan Bahwa", 0)?.name).toBe(
      "Cek Endra",
    );
    expect(readNameForward("Oded M Danial mengatakan", 0)?.name).toBe("Oded M Danial");
    expect(readNameForward("Lakukan Audiensi Dengan Wagub", 0)).toBeNull();
    expect(readNameForward("dari Rakor Pokja", 0)).toBeNull();
  });

  it("reads a one-word name ending like a -kan verb when a comma or a lower-case word follows", () => {
    expect(readNameForward("Sarikan menemui gubernur", 0)?.name).toBe("Sarikan");
    expect(readNameForward("Sarikan, Sekda Budi Santoso", 0)?.name).toBe("Sarikan");
    expect(readNameForward("Bicarakan Pengelolaan Sampah", 0)).toBeNull();
  });
});

describe("officials and their regions", () => {
  it("reads the region in the title, kota or kabupaten by the title", () => {
    expect(
      people("Wali Kota Bandung Oded M. Danial dan Bupati Bandung, Dadang Supriatna menandatangani MoU."),
    ).toEqual([
      ["Wali Kota", "Oded M. Danial", "32.73"],
      ["Bupati", "Dadang Supriatna", "32.04"],
    ]);
  });

  it("gives staff the region of the government named in their sentence", () => {
    expect(
      people(
        "Hadir mendampingi Asisten Pemerintahan dan Kesejahteraan Rakyat Budi Santoso, Kepala Dinas Kesehatan H.Tuwuh dan jajaran Pemkot Malang.",
      ),
    ).toEqual([
      ["Asisten Pemerintahan dan Kesejahteraan Rakyat", "Budi Santoso", "35.73"],
      ["Kepala Dinas Kesehatan", "Tuwuh", "35.73"],
    ]);
  });

  it("gives an accompanying or representing official the region of the one accompanied", () => {
    expect(
      people(
        "Rombongan disambut Bupati Serdang Bedagai, Soekirman didampingi Wakil Bupati, Darma Wijaya dan jajaran.",
      ),
    ).toEqual([
      ["Bupati", "Soekirman", "12.18"],
      ["Wakil Bupati", "Darma Wijaya", "12.18"],
    ]);
    expect(
      people("Hadir pula Bupati Magelang yang diwakili Penjabat Sekretaris Daerah Drs Adi Waryanto."),
    ).toEqual([["Penjabat Sekretaris Daerah", "Adi Waryanto", "33.08"]]);
  });

  it("merges the same person printed twice, short name or typo", () => {
    const found = people(
      "Wakil Gubernur DKI Jakarta Sandiaga Salahudin Uno menerima tamu. Wagub DKI Jakarta Sandiaga Uno mengatakan puas. Wakil Walikota Serang Subadri Usuludin dan Wakil Walikota Serang Subadri Usuluddin.",
    );
    expect(found).toEqual([
      ["Wakil Gubernur", "Sandiaga Salahudin Uno", "31"],
      ["Wakil Wali Kota", "Subadri Usuludin", "36.73"],
    ]);
  });

  it("skips names in the headline and titles of buildings", () => {
    expect(
      people(
        "Wali Kota Bekasi Lakukan Audiensi\n\nPertemuan di Kantor Bupati Gowa, Selasa kemarin berjalan lancar sekali.",
      ),
    ).toEqual([]);
  });

  it("ties foreign mayors to their city, and Indonesian offices only to Indonesian regions", () => {
    const found = people(
      "Pemerintah Kota Surabaya dan Pemerintah Kota Kochi, Jepang mempererat sister city. Wali Kota Kochi, Seiya Okazaki hadir.",
    );
    expect(found).toEqual([["Wali Kota", "Seiya Okazaki", "JP/Kochi"]]);
  });
});

describe("titles that are not officials", () => {
  it("never reads a title's region or name across a sentence end, nor an office being contested", () => {
    expect(
      people(
        "Kesepakatan dilakukan kepala daerah.\n\nBupati Banjar Khalilurrahman di Martapura, Selasa, mengatakan hal itu.",
      ),
    ).toEqual([["Bupati", "Khalilurrahman", "63.03"]]);
    expect(people("Aplikasi Pilbup (Pemilihan Bupati) Kab. Muna Pilkada Serentak 2024")).toEqual([]);
    expect(people("Sekda Kab. Malang Wahyu Hidayat hadir di Kota Batu.")).toEqual([
      ["Sekretaris Daerah", "Wahyu Hidayat", "35.07"],
    ]);
  });

  it("reads Sekkab / Sekkot as the regency's or city's secretary", () => {
    expect(people("Berita acara ditandatangani Sekkab Kubar Ayonius dan Bupati Paser Fahmi Fadli.")).toEqual([
      ["Sekretaris Daerah", "Ayonius", "64.07"],
      ["Bupati", "Fahmi Fadli", "64.01"],
    ]);
  });
});

describe("degrees written with spaces", () => {
  it("keeps a sentence and an accompanying chain whole across 'S Sos. M Si'", () => {
    expect(
      people(
        "Kerja sama bidang pertanian itu diteken oleh Bupati Solok Epyardi Asda dan Gubernur Jambi Al Haris di Jambi.\n\nBupati Solok didampingi oleh Sekda Medison, S Sos. M Si dan Kadis Pertanian Drh. Kenedy Hamzah, M Si.",
      ),
    ).toEqual([
      ["Bupati", "Epyardi Asda", "13.02"],
      ["Gubernur", "Al Haris", "15"],
      ["Sekretaris Daerah", "Medison", "13.02"],
      ["Kepala Dinas Pertanian", "Kenedy Hamzah", "13.02"],
    ]);
  });
});

describe("national officials", () => {
  it("reads ministers and directors general with their portfolio, serving the country", () => {
    expect(
      people(
        "Penandatanganan MoU antara Pemkot Bandung dan Pemkab Bogor disaksikan Menteri Dalam Negeri Tito Karnavian dan Dirjen Bina Adwil Kemendagri Safrizal ZA di Jakarta.",
      ),
    ).toEqual([
      ["Menteri Dalam Negeri", "Tito Karnavian", "ID"],
      ["Direktur Jenderal Bina Adwil Kemendagri", "Safrizal ZA", "ID"],
    ]);
    expect(people("Menteri PPN/Kepala Bappenas Suharso Monoarfa membuka acara di Kota Bekasi.")).toEqual([
      ["Menteri PPN/Kepala Bappenas", "Suharso Monoarfa", "ID"],
    ]);
    expect(
      people("Sesuai Keputusan Menteri Dalam Negeri Nomor 100.4.3-1037/Kep/Bangda 2023, Mahulu."),
    ).toEqual([]);
  });
});
