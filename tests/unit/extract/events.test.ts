/**
 * Events: which regions are parties (not venues, qualifiers, witnesses or plans in passing), the kind
 * and status, one event per ceremony, separate events for separate signings, and sister-city pairs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extract, resourcesReady, sorted } from "./_extract.ts";

beforeAll(async () => {
  await resourcesReady();
});

function events(text: string) {
  return extract(text).events.map((e) => ({
    kind: e.kind,
    parties: sorted(e.parties),
    date: e.date,
    status: e.status,
  }));
}

describe("parties", () => {
  it("takes a hotel's city as the venue, not a party", () => {
    const [event] = extract(
      "Bupati Mahakam Ulu Bonifasius Geh membuka Rapat Koordinasi Pokja PKP Kabupaten Mahakam Ulu di Hotel Fugo Samarinda, Senin (15/7/2024).",
    ).events;
    expect(event).toMatchObject({ kind: "meeting", parties: ["64.11"], date: "2024-07-15" });
    expect(event?.place).toMatchObject({ name: "Hotel Fugo Samarinda", code: "64.72" });
  });

  it("treats a province after a regency as a qualifier and witnesses as not acting", () => {
    expect(
      events(
        "Asisten Pemkesra mewakili Sekda Kalteng memimpin Rakor batas daerah Kabupaten Kapuas, Provinsi Kalteng dan Kabupaten Barito Kuala, Provinsi Kalsel, Jumat (9/6/2023).",
      ),
    ).toEqual([{ kind: "meeting", parties: ["62", "62.03", "63.04"], date: "2023-06-09", status: "held" }]);
    const [signing] = events(
      "Pemkab Sleman dan Pemkab Gowa menandatangani MoU, Selasa (8/10/2019). Penandatanganan disaksikan Wali Kota Jambi selaku Ketua AKKOPSI.",
    );
    expect(signing?.parties).toEqual(["34.04", "73.06"]);
  });

  it("does not turn plans in passing into events", () => {
    const found = events(
      "Wali Kota Malang menandatangani MoU dengan Wali Kota Surakarta di Kota Semarang, Kamis (4/7/2019). Kota Malang juga akan melakukan sister city dengan Kota Semarang.",
    );
    expect(found).toEqual([
      { kind: "agreement", parties: ["33.72", "35.73"], date: "2019-07-04", status: "signed" },
    ]);
  });
});

describe("one event or several", () => {
  it("keeps one ceremony with many regions as one event, partners listed in a later sentence", () => {
    const found = events(
      "Pemerintah Kota Bandung jalin kerjasama bersama 3 pemerintah kabupaten dengan penandatanganan kesepakatan bersama di Pendopo Kota Bandung, Rabu (13/3/2019). Kerja sama ini tentang Smart City. Ketiganya adalah Kabupaten Cianjur, Kabupaten Lingga dan Kabupaten Solok.",
    );
    expect(found).toEqual([
      {
        kind: "agreement",
        parties: ["13.02", "21.04", "32.03", "32.73"],
        date: "2019-03-13",
        status: "signed",
      },
    ]);
  });

  it("joins a second signing of the same occasion to the event, the shared partner as its hub", () => {
    const [event, ...rest] = extract(
      "Penandatanganan kesepakatan bersama dilakukan oleh Bupati Purworejo dan Bupati Kulon Progo, Senin 25/10/2021. Hadir pula Bupati Magelang, yang pada kesempatan itu juga melakukan kesepakatan dengan Pemkab Kulon Progo.",
    ).events;
    expect(rest).toEqual([]);
    expect(sorted(event?.parties ?? [])).toEqual(["33.06", "33.08", "34.01"]);
    expect(event?.hub).toBe("34.01");
    expect(event?.date).toBe("2021-10-25");
  });

  it("keeps a sister-city signing with two partners as one event, the signing city as hub", () => {
    const found = extract(
      "Wali Kota Malang melakukan penandatanganan MoU Sister City dengan Wali Kota Surakarta dan Wali Kota Pematang Siantar, Kamis (4/7/2019).",
    ).events;
    expect(found.map((e) => [sorted(e.parties), e.hub])).toEqual([[["12.72", "33.72", "35.73"], "35.73"]]);
  });

  it("reads an agreement with a foreign partner named as sister city as sister_city", () => {
    const [event] = events(
      "Pemerintah Provinsi Jawa Barat dan Pemerintah Provinsi Gyeongsangbuk-do, Korea Selatan, resmi menjalin kerja sama sister province. Penandatanganan LoI dilakukan oleh Gubernur Jabar dengan Gubernur Gyeongsangbuk-do di Gedung Pakuan, Bandung, Minggu (6/5/2018) malam.",
    );
    expect(event).toEqual({
      kind: "sister_city",
      parties: ["32", "KR/Gyeongsangbuk-do"],
      date: "2018-05-06",
      status: "signed",
    });
  });
});

describe("kinds and status", () => {
  it("reads a reception of a visit as an audience, host and visitor apart", () => {
    const [event] = extract(
      "Bupati Bone, H. Andi Asman, menerima kunjungan audiensi Bupati Gowa di Rumah Jabatan Bupati Bone, Minggu (14/9/2025).",
    ).events;
    expect(event?.kind).toBe("audience");
    expect(Object.fromEntries((event?.partyRoles ?? []).map((p) => [p.code, p.role]))).toEqual({
      "73.08": "host",
      "73.06": "visitor",
    });
  });

  it("ends a place line at its dash: the building before it is no region's premises", () => {
    const [event] = extract(
      "Balai Kota - Wali Kota Bogor Budi Santoso melakukan audiensi dengan Gubernur Jawa Barat Andi Wijaya, Senin (3/3/2025).",
    ).events;
    expect(Object.fromEntries((event?.partyRoles ?? []).map((p) => [p.code, p.role]))).toEqual({
      "32.71": "visitor",
      "32": "host",
    });
  });

  it("reads a headline's bare 'Perpanjang' as an extension", () => {
    const [event] = extract(
      "Kota Blitar dan Kabupaten Kediri Perpanjang MoU Pariwisata\n\nPemerintah Kota Blitar dan Pemerintah Kabupaten Kediri menandatangani nota kesepahaman bidang pariwisata di Blitar, Senin (6/3/2023).",
    ).events;
    expect(event?.status).toBe("extended");
  });

  it("reads a planned tie, and an act at a reception over an offer in the lead", () => {
    expect(events("Pemkab Muaraenim berencana menjalin kerja sama sister city dengan pihak Jepang.")).toEqual(
      [{ kind: "sister_city", parties: ["16.03", "JP"], date: null, status: "planned" }],
    );
    const [offer] = events(
      "Pemkot Kupang menawarkan kerja sama sister city dengan pemerintah Jepang.\nHal itu disampaikan Penjabat Wali Kota Kupang saat menerima kunjungan kerja Konsulat Jenderal (Konjen) Jepang di ruang kerjanya pada Selasa, 7 Maret 2023.",
    );
    expect(offer).toMatchObject({ kind: "audience", parties: ["53.71", "JP"], date: "2023-03-07" });
  });

  it("reads studi tiru, kunjungan kerja and renewals", () => {
    expect(
      events("Rombongan Pemkab Sleman melakukan studi tiru ke Pemkot Surabaya, Kamis (1/2/2024).")[0],
    ).toMatchObject({
      kind: "study_visit",
      parties: ["34.04", "35.78"],
    });
    expect(
      events(
        "Gubernur Gorontalo melakukan kunjungan ke kediaman Wakil Wali Kota Gorontalo, Rabu (2/4/2025).",
      )[0],
    ).toMatchObject({ kind: "visit", parties: ["75", "75.71"] });
    expect(
      events("Pemkab Purworejo dan Pemkab Kulon Progo kembali melakukan Kesepakatan Bersama.")[0]?.status,
    ).toBe("extended");
  });

  it("finds no event in an article without a region or without cooperation", () => {
    expect(events("Harga cabai di pasar tradisional naik tajam, Senin (5/2/2024).")).toEqual([]);
    expect(events("The mayor of Surabaya met the governor yesterday.")).toEqual([]);
  });
});

describe("visits and concluded meetings", () => {
  it("takes a town after 'di' as the place of a visit when someone else hosts it", () => {
    const [event] = extract(
      "Bupati Lamandau Marukan menemui Gubernur Kalteng Sugianto Sabran di Istana Isen Mulang di Kota Palangka Raya, Sabtu (26/8/2017). Kedatangan Marukan ini dalam rangka audiensi persiapan Pesparawi.",
    ).events;
    expect({ kind: event?.kind, parties: sorted(event?.parties ?? []) }).toEqual({
      kind: "audience",
      parties: ["62", "62.09"],
    });
    expect(event?.partyRoles).toContainEqual(expect.objectContaining({ code: "62", role: "host" }));
  });

  it("puts the agreement a meeting concluded with first, keeping the meeting", () => {
    const found = events(
      "Bupati Sintang mengikuti Rapat Pembahasan Segmen Batas Kabupaten Sintang dengan Kabupaten Sekadau pada Kamis, 10 Maret 2022. Usai rapat tersebut, dilakukan penandatanganan Berita Acara Kesepakatan batas daerah Kabupaten Sintang dengan Kabupaten Sekadau.",
    );
    expect(found.map((e) => e.kind)).toEqual(["agreement", "meeting"]);
    expect(found[0]).toMatchObject({ parties: ["61.05", "61.09"], date: "2022-03-10" });
  });

  it("keeps the regions named after a facilitation noun as parties", () => {
    const [event] = events(
      "Wakil Bupati Kapuas mengikuti rapat koordinasi dan fasilitasi penegasan batas daerah Kabupaten Barito Kuala dengan Kabupaten Kapuas, Selasa (16/11/2015).",
    );
    expect(event).toMatchObject({ kind: "meeting", parties: ["62.03", "63.04"] });
  });

  it("ends a venue where the sentence goes on in lower case", () => {
    const [event] = extract(
      "Walikota Bogor dan Walikota Depok sepakat melalui penandatanganan Letter of Intent di Tokyo, Jepang memiliki banyak persamaan, Jumat (18/11/2016).",
    ).events;
    expect(event?.place?.name).toBe("Tokyo, Jepang");
  });

  it("ends a venue at a weekday with its time of day", () => {
    const [event] = extract(
      "Wali Kota Bogor dan Bupati Bogor meneken kesepakatan batas wilayah di Hotel Grand Cikini, Jakarta Pusat, Kamis sore (4/5/2023).",
    ).events;
    expect(event?.place?.name).toBe("Hotel Grand Cikini, Jakarta Pusat");
  });
});

describe("lists of attending regions", () => {
  it("reads a list of regions that runs on into the next sentence, and skips 'Baca selengkapnya' lines", () => {
    const [event] = events(
      [
        "SOLO – Tujuh kepala daerah se Soloraya bertemu dalam rapat koordinasi di Solo, Selasa (23/3/2021).",
        "Hadir dalam pertemuan ini antara lain Bupati Sukoharjo Etik Suryani, Bupati Sragen Kusdinar Untung Yuni Sukowati, Bupati Karanganyar Juliyatmono, Bupati Wonogiri Joko Sutopo. Lalu Bupati Boyolali Mohammad Said Hidayat serta Bupati Klaten Sri Mulyani.",
        "BACA SELENGKAPNYA :  Gubernur Kaltim, Pangdam VI/Mulawarman dan Kapolda Kaltim Kunjungi Kukar",
      ].join("\n\n"),
    );
    expect(event?.parties).toEqual(["33.09", "33.10", "33.11", "33.12", "33.13", "33.14"]);
  });
});

describe("contract v2: every fact with its own evidence", () => {
  it("gives each party, the date, each sector and each programme the sentence it was read from", () => {
    const text =
      "Pemkab Sleman dan Pemkab Magetan menandatangani nota kesepahaman di Pendopo Sleman. Penandatanganan berlangsung Rabu (8/3/2023). Kerja sama meliputi bidang pariwisata dan program Smart City.";
    const [event] = extract(text).events;
    expect(event?.rule).toMatch(/main event/);
    for (const party of event?.partyRoles ?? []) {
      expect(text.slice(party.evidence.start, party.evidence.end)).toBe(party.evidence.text);
      expect(party.rule.length).toBeGreaterThan(0);
    }
    expect(event?.partyRoles.map((p) => p.evidence.text)).toEqual([
      "Pemkab Sleman dan Pemkab Magetan menandatangani nota kesepahaman di Pendopo Sleman.",
      "Pemkab Sleman dan Pemkab Magetan menandatangani nota kesepahaman di Pendopo Sleman.",
    ]);
    expect(event?.date).toBe("2023-03-08");
    expect(event?.dateEvidence?.text).toBe("Penandatanganan berlangsung Rabu (8/3/2023).");
    const scope = "Kerja sama meliputi bidang pariwisata dan program Smart City.";
    expect(event?.sectorRefs).toContainEqual({
      sector: "pariwisata",
      evidence: { text: scope, start: text.indexOf(scope), end: text.length },
    });
    expect(event?.programRefs.map((p) => [p.name, p.evidence.text])).toEqual([["Smart City", scope]]);
  });
});

describe("the hub: the party every other party deals with", () => {
  function hubOf(text: string) {
    const [event] = extract(text).events;
    return { parties: sorted(event?.parties ?? []), hub: event?.hub ?? null };
  }

  it("is the host who signs with several regions, named after 'dengan' or before a count", () => {
    expect(
      hubOf(
        "Pemkot Malang menandatangani kesepakatan bersama dengan Pemkab Ngawi, Pemkab Pacitan dan Pemkot Batu di Balai Kota Malang, Kamis (4/5/2023).",
      ),
    ).toEqual({ parties: ["35.01", "35.21", "35.73", "35.79"], hub: "35.73" });
    expect(
      hubOf(
        "Lima pemerintah daerah menjalin kesepakatan kerja sama dengan Pemerintah Kota Surabaya, Selasa (7/3/2023). Kelima daerah itu adalah Kabupaten Ngawi, Kabupaten Pacitan, Kota Batu, Kabupaten Magetan dan Kabupaten Sampang.",
      ).hub,
    ).toBe("35.78");
  });

  it("is the host of a ceremony where listed co-signers joined a two-party signing", () => {
    expect(
      hubOf(
        "Bertempat di Balai Kota Pemkot Surabaya, Pemkab Ngawi dengan Pemkot Surabaya melaksanakan penandatanganan MoU, Rabu (8/3/2023). Hadir dan juga melaksanakan penandatanganan MoU yaitu Kab. Pacitan, Kab. Magetan dan Kota Batu.",
      ).hub,
    ).toBe("35.78");
  });

  it("is the governor who convenes the bupati and wali kota of the province", () => {
    const [event] = extract(
      "Gubernur Jawa Timur membuka rakor bupati/wali kota se-Jatim di Surabaya, Senin (6/3/2023). Hadir Bupati Lamongan, Bupati Gresik dan Wali Kota Kediri.",
    ).events;
    expect(event?.hub).toBe("35");
    expect(event?.partyRoles.find((p) => p.code === "35")?.role).toBe("convener");
    expect(event?.partyRoles.find((p) => p.code === "35.24")?.role).toBe("participant");
  });

  it("is the host who received several visitors", () => {
    expect(
      hubOf(
        "Pemkot Surabaya menerima kunjungan kerja Pemkab Sleman, Pemkab Gowa dan Pemkot Batu di Balai Kota Surabaya, Senin (6/3/2023).",
      ).hub,
    ).toBe("35.78");
  });

  it("is none for equals in one joint act and for two parties", () => {
    expect(
      hubOf(
        "Kabupaten Tegal, Kabupaten Brebes dan Kota Tegal menandatangani satu kesepakatan bersama pengelolaan sampah regional, Rabu (8/3/2023).",
      ),
    ).toEqual({ parties: ["33.28", "33.29", "33.76"], hub: null });
    expect(
      hubOf("Pemkab Sleman dan Pemkab Magetan menandatangani nota kesepahaman, Rabu (8/3/2023).").hub,
    ).toBeNull();
  });
});

describe("the term of validity", () => {
  it("keeps an expiry date out of the event date and reads it as validUntil with the duration", () => {
    const [event] = extract(
      "Pemprov Jawa Timur dan Pemkot Surabaya meneken Kesepakatan Bersama. Kerja sama lama habis pada 10 Maret 2023, sehingga PKS diperpanjang lima tahun, sampai 10 Maret 2028.",
    ).events;
    expect(event?.date).toBeNull();
    expect(event?.validUntil).toBe("2028-03-10");
    expect(event?.durationYears).toBe(5);
    expect(event?.validityEvidence?.text).toMatch(/^Kerja sama lama habis/);
  });

  it("reads the new term of an extension, not the end of the old one, across sentences", () => {
    const [event] = extract(
      "Pemprov Jawa Tengah dan Pemkot Semarang menandatangani perjanjian kerja sama di Semarang, Senin (6/3/2023). Kerja sama sebelumnya berakhir pada 7 Maret 2023. Karena itu perjanjian diperpanjang untuk lima tahun ke depan, hingga 7 Maret 2028.",
    ).events;
    expect(event).toMatchObject({ date: "2023-03-06", validUntil: "2028-03-07", durationYears: 5 });
    expect(event?.validityEvidence?.text).toMatch(/^Karena itu perjanjian diperpanjang/);
    const [ended] = extract(
      "Pemprov Jawa Tengah dan Pemkot Semarang menandatangani perjanjian kerja sama di Semarang, Selasa (7/3/2023). Kerja sama lama berakhir pada 6 Maret 2023 dan diperpanjang lima tahun.",
    ).events;
    expect(ended).toMatchObject({ validUntil: null, durationYears: 5 });
  });

  it("reads a duration without an end date", () => {
    const [event] = extract(
      "Pemkab Sleman dan Pemkab Magetan menandatangani nota kesepahaman, Rabu (8/3/2023). MoU berlaku selama 3 (tiga) tahun.",
    ).events;
    expect(event).toMatchObject({ date: "2023-03-08", durationYears: 3, validUntil: null });
  });
});

describe("dates later than the article", () => {
  it("gives an act told as done no date after its publication, and keeps a planned event's date", () => {
    const done = extract(
      "Pemkot Bekasi dan Pemkab Sumbawa Barat menandatangani nota kesepahaman bidang pendidikan pada 12 Mei 2025.",
      { publishedAt: "2025-03-03" },
    ).events[0];
    expect(done).toMatchObject({ status: "signed", date: null, dateEvidence: null });
    const planned = extract(
      "Pemkab Sumbawa Barat akan menggelar rapat koordinasi bersama Pemkot Bekasi pada 12 Mei 2025.",
      { publishedAt: "2025-03-03" },
    ).events[0];
    expect(planned).toMatchObject({ status: "planned", date: "2025-05-12" });
    const before = extract(
      "Pemkot Bekasi dan Pemkab Sumbawa Barat menandatangani nota kesepahaman pada 12 Februari 2025.",
      { publishedAt: "2025-03-03" },
    ).events[0];
    expect(before).toMatchObject({ date: "2025-02-12" });
    expect(before?.dateEvidence?.text).toContain("12 Februari 2025");
  });

  it("never dates an event by its term of validity, the only later date of the article", () => {
    const [event] = extract(
      "Pemkot Bekasi dan Pemkab Sumbawa Barat menandatangani nota kesepahaman bidang pendidikan. Kesepakatan itu berlaku hingga 26 Oktober 2030.",
      { publishedAt: "2025-03-03" },
    ).events;
    expect(event?.date).toBeNull();
    expect(event?.validUntil).toBe("2030-10-26");
  });
});

describe("kinds read from the words for the act and from the rest of the article", () => {
  const kindOf = (text: string) => extract(text).events.map((e) => [e.kind, sorted(e.parties), e.date]);

  it("reads kaji tiru and trigger nouns with -nya (K1)", () => {
    expect(
      kindOf(
        "Pemkab Sleman mengadakan kunjungan kaji tiru ke Pemkot Surabaya terkait layanan publik digital, Senin (6/3/2023).",
      ),
    ).toEqual([["study_visit", ["34.04", "35.78"], "2023-03-06"]]);
    expect(
      kindOf(
        "Dalam kunjungan kerjanya ke Kabupaten Magetan, Bupati Sleman disambut Bupati Magetan, Rabu (8/3/2023).",
      )[0]?.[1],
    ).toEqual(["34.04", "35.20"]);
  });

  it("upgrades a visit when a later sentence tells of this occasion as a study visit (K2)", () => {
    expect(
      kindOf(
        'Rombongan Pemkot Bogor disambut Wakil Wali Kota Malang di Balai Kota Malang pada acara penerimaan kunjungan rombongan, Selasa (7/3/2023). Rombongan lalu berdiskusi soal pengelolaan sampah. Menurutnya Kota Malang terbuka bagi daerah lain. "Kegiatan ini menjadi ajang tukar pengalaman sekaligus studi tiru bagi kedua daerah," katanya.',
      )[0]?.[0],
    ).toBe("study_visit");
  });

  it("reads a visit whose stated purpose is to learn as a study visit", () => {
    expect(
      kindOf(
        "Pemkab Gowa melakukan kunjungan kerja ke Pemkot Makassar, Kamis (9/3/2023). Tujuan kunjungan itu untuk mempelajari tata kelola parkir elektronik.",
      )[0]?.[0],
    ).toBe("study_visit");
  });

  it("reads a courtesy visit, or a visit received by the host in person, as an audience", () => {
    expect(
      kindOf(
        "Gubernur Jawa Timur melakukan kunjungan ke kediaman Wali Kota Batu, Rabu (8/3/2023). Pertemuan berlangsung akrab. Silaturahmi itu merupakan kunjungan balasan.",
      )[0]?.[0],
    ).toBe("audience");
    expect(
      kindOf(
        "Gubernur Jawa Timur melakukan kunjungan kerja ke Kantor Bupati Magetan, Senin (6/3/2023). Kunjungan tersebut diterima langsung oleh Bupati Magetan.",
      )[0]?.[0],
    ).toBe("audience");
  });

  it("reads a hand-over of assets between regions as kind other (E5)", () => {
    expect(
      kindOf(
        "Pemerintah Kota Batu resmi menerima dua aset dari Pemerintah Kabupaten Malang, Jumat (10/3/2023). Penyerahan aset itu bagian dari penyelesaian aset pascapemekaran.",
      ),
    ).toEqual([["other", ["35.07", "35.79"], "2023-03-10"]]);
  });
});

describe("articles without cooperation between regional governments", () => {
  it("give no event for a bupati's own visit or a pemkab's MoU with a bank", () => {
    expect(
      extract(
        "Bupati Minahasa mengunjungi Desa Tumaratas dan Desa Kakas, Sabtu (15/2/2025), untuk menyapa warga.",
      ).events,
    ).toEqual([]);
    expect(
      extract(
        "Pemkab Penajam Paser Utara memperpanjang kerja sama dengan Bank Indonesia Balikpapan. Penandatanganan nota kesepahaman berlangsung di Penajam, Kamis (22/2/2024).",
      ).events,
    ).toEqual([]);
  });

  it("give no event for a governor's audience with a minister, the other governors invited being guests", () => {
    expect(
      extract(
        "Gubernur Jambi melakukan audiensi dengan Menteri Dalam Negeri di Jakarta, Senin (6/3/2023). Audiensi membahas persiapan musyawarah nasional asosiasi. Selain Gubernur Jambi, turut diundang Gubernur Bengkulu, Gubernur Lampung dan Gubernur Bali.",
      ).events,
    ).toEqual([]);
  });

  it("give no event for a list of regional regulations about cooperation", () => {
    expect(
      extract(
        [
          "BERITA DAERAH KABUPATEN BANTUL",
          "dokumen terkait\nBUPATI KUDUS PERATURAN DAERAH KABUPATEN KUDUS NOMOR 3 TAHUN 2015 TENTANG KEMITRAAN DAERAH DENGAN RAHMAT TUHAN YANG MAHA ESA",
          "LEMBARAN DAERAH KOTA DEPOK",
          "PROVINSI JAWA TENGAH PERATURAN DAERAH KABUPATEN DEMAK NOMOR 7 TAHUN 2016 TENTANG KERJA SAMA DAERAH DENGAN RAHMAT TUHAN YANG MAHA ESA BUPATI DEMAK,",
          "PERATURAN DAERAH PROVINSI JAMBI NOMOR 12 TAHUN 2014 TENTANG KERJASAMA DAERAH DENGAN RAHMAT TUHAN YANG MAHA ESA GUBERNUR JAMBI,",
          "PERATURAN DAERAH PROVINSI BENGKULU NOMOR : 2 TAHUN 2018 TENTANG PENYELENGGARAAN KERJASAMA DAERAH",
        ].join("\n\n"),
      ).events,
    ).toEqual([]);
  });

  it("still reads an act beside a regulation it follows", () => {
    const [event] = extract(
      "Pemkab Kudus dan Pemkab Demak menandatangani perjanjian kerja sama di Kudus, Senin (6/3/2023), sesuai Permendagri No. 22 Tahun 2020 tentang Tata Cara Kerja Sama Daerah.",
    ).events;
    expect(event).toMatchObject({ kind: "agreement", parties: ["33.19", "33.21"] });
  });

  it("keep a coordination meeting of one government, the others taking part unnamed", () => {
    const [event] = extract(
      "Gubernur Jawa Timur membuka rakor bupati/wali kota se-Jawa Timur di Surabaya, Senin (6/3/2023).",
    ).events;
    expect(event).toMatchObject({ kind: "meeting", parties: ["35"] });
  });
});

describe("the event's date", () => {
  const dateOf = (text: string) => extract(text).events[0]?.date;

  it("takes a date followed by a clock time in prose as the event's day (D1)", () => {
    expect(
      dateOf(
        "Bupati Sleman bertemu Bupati Magetan di Pendopo Sleman, Rabu (8/3/2023) pukul 09.00 WIB, membahas jalan perbatasan.",
      ),
    ).toBe("2023-03-08");
  });

  it("takes a dated sentence far from the event sentence, and a quote attribution tied to the event (D2)", () => {
    expect(
      dateOf(
        [
          "Kota Malang Dan Kota Ichikawa Teken Kerja Sama",
          "SABTU, 11 MARET 2023 | 03:07 WIB",
          'Kedua kota punya kemiripan sebagai kota pendidikan. Oleh sebab itu, Wali Kota Malang dan Wali Kota Ichikawa, Jepang bersepakat menjalin kerja sama dengan menandatangani Letter of Intent di Osaka. Acara dihadiri pejabat kedutaan. Wali Kota Malang juga menghadiri forum lain. Kerja sama akan berfokus pada pendidikan dan pariwisata. Bentuk kerja sama lain akan dijajaki. Kedua pihak puas. "Kami senang," tutur Wali Kota usai acara, Jumat (10/3).',
        ].join("\n"),
      ),
    ).toBe("2023-03-10");
    expect(
      dateOf(
        "Bupati Klaten menandatangani kerja sama dengan Pemerintah Kota Zhangzhou, Tiongkok. Sister city adalah hubungan dua kota. Hubungan ini mempererat budaya. Kedua pihak saling mengunjungi. Kerja sama meliputi pendidikan. Budaya menjadi fokus. Hal ini ditandai dengan pertukaran persahabatan, yang dilakukan di Semarang, Selasa (24/6/2025).",
      ),
    ).toBe("2025-06-24");
  });

  it("does not take the day someone was interviewed or spoke for the event's day", () => {
    expect(
      dateOf(
        'Pemprov Jawa Timur melaksanakan rakor bersama Pemkot Surakarta sekaligus studi banding ke Kota Surakarta. "Tiap tahun kabupaten/kota kami ajak," ujar Kepala Biro Pembangunan ketika dijumpai di kantornya, Senin (13/3/2023).',
      ),
    ).toBeNull();
    expect(
      dateOf(
        "Pemkot Ambon dan Pemkot Batu memperbarui nota kesepahaman kerja sama. “Kerja sama ini penting,” kata Wali Kota Ambon di Ambon, Jumat. (13/12/2019).",
      ),
    ).toBeNull();
    expect(
      dateOf(
        "Sekretaris Daerah Kabupaten Magetan, Senin (9/4/2018) mengatakan Pemkab Magetan dan Pemkab Ngawi menjalin kerja sama.",
      ),
    ).toBeNull();
    expect(
      dateOf(
        "Pemkab Magetan dan Pemkab Ngawi menjalin kerja sama. “Kami siap,” tulis Bupati Magetan dalam rilisnya, Senin (9/4/2018).",
      ),
    ).toBeNull();
  });

  it("completes no yearless date with a background year (D3)", () => {
    expect(
      dateOf(
        'Pemkab Sleman melakukan kunjungan kerja ke Pemkot Surabaya untuk mempelajari smart city. "Ini langkah awal," ujar Bupati Sleman soal kunjungan kerja ke Surabaya tanggal 6-7 Maret. Surabaya menerapkan smart city sejak 2015.',
      ),
    ).toBeNull();
  });
});

describe("acts told in quotes, at the main meeting, earlier, or as existing ties", () => {
  const summary = (text: string) =>
    extract(text).events.map((e) => ({ kind: e.kind, parties: sorted(e.parties), date: e.date }));

  it("reads acts done at the main meeting as their own events whose regions join the meeting (E4, E5)", () => {
    const byKind = (events: ReturnType<typeof summary>) =>
      [...events].sort((a, b) => a.kind.localeCompare(b.kind));
    expect(
      byKind(
        summary(
          'Biro Pemerintahan Setda Jawa Tengah menggelar rakor bupati dan wali kota se-Jawa Tengah di Semarang, Rabu (8/3/2023). Kepala Biro menjelaskan soal penegasan tapal batas. "Hari ini kita sudah bersama-sama menyaksikan penandatanganan kesepakatan tapal batas antara Kabupaten Batang dengan Kabupaten Pekalongan, juga serah terima Dusun Sukamaju dari Kabupaten Kendal kepada Kabupaten Batang," katanya.',
        ),
      ),
    ).toEqual([
      { kind: "agreement", parties: ["33.25", "33.26"], date: "2023-03-08" },
      { kind: "meeting", parties: ["33", "33.24", "33.25", "33.26"], date: "2023-03-08" },
      { kind: "other", parties: ["33.24", "33.25"], date: "2023-03-08" },
    ]);
  });

  it("takes the regions after an active 'menyaksikan' + act as its parties, the subject as witness", () => {
    expect(
      summary(
        "Gubernur Jawa Tengah menyaksikan penandatanganan kesepakatan antara Pemkab Batang dengan Pemkab Pekalongan di Semarang, Rabu (8/3/2023).",
      ),
    ).toEqual([{ kind: "agreement", parties: ["33.25", "33.26"], date: "2023-03-08" }]);
  });

  it("ignores acts planned or hoped for inside a quote", () => {
    expect(
      summary(
        "“Kami akan menandatangani nota kesepahaman dengan Pemkot Batu dan Pemkab Ngawi,” kata Bupati Malang, Senin (6/3/2023).",
      ),
    ).toEqual([]);
  });

  it("keeps an earlier act undated or with its own date, never the event's", () => {
    expect(
      summary(
        "Pemprov Jawa Tengah dan Pemprov DIY menandatangani nota kesepahaman di Semarang, Senin (6/3/2023). Gubernur DIY menyatakan penandatanganan itu menindaklanjuti hasil pertemuan Gubernur Jawa Tengah dan Gubernur DIY beberapa waktu lalu.",
      ),
    ).toEqual([
      { kind: "agreement", parties: ["33", "34"], date: "2023-03-06" },
      { kind: "meeting", parties: ["33", "34"], date: null },
    ]);
  });

  it("reads the clause returning to the present after an earlier act as the event, the earlier act by its subject", () => {
    expect(
      summary(
        [
          "Garut Teken MoU Air Bersih",
          "",
          "Pemkab Garut terus memperluas kerja sama air bersih. Setelah sebelumnya menandatangani MoU dengan Pemprov Jawa Barat, kini Pemkab Garut menandatangani MoU dengan Pemkab Tasikmalaya di Pendopo Garut, Senin (3/6/2024).",
        ].join("\n"),
      ),
    ).toEqual([
      { kind: "agreement", parties: ["32.05", "32.06"], date: "2024-06-03" },
      { kind: "agreement", parties: ["32", "32.05"], date: null },
    ]);
  });

  it("reads a tie told as existing as an undated agreement of its own (E4)", () => {
    const found = extract(
      "Pemkab Blora dan Pemkab Bojonegoro menandatangani kesepakatan bersama di Bojonegoro, Kamis (20/10/2022). Bupati Blora mengatakan pihaknya sudah bekerja sama dengan Kabupaten Rembang dalam pengelolaan air.",
    ).events;
    expect(found.map((e) => [e.kind, sorted(e.parties), e.date, e.status])).toEqual([
      ["agreement", ["33.16", "35.22"], "2022-10-20", "signed"],
      ["agreement", ["33.16", "33.17"], null, "ongoing"],
    ]);
  });

  it("reads an agreement being drafted as the topic of a meeting, not as an agreement (E10)", () => {
    const found = extract(
      "Rapat Membahas Rancangan Nota Kesepahaman Pemkab Sleman dan Pemkab Magetan\nBalai kesehatan memfasilitasi rapat guna menyiapkan nota kesepahaman antara Pemkab Sleman dengan Pemkab Magetan. Rapat berlangsung Senin, 6 Maret 2023 di ruang rapat Setda Kabupaten Magetan. Agenda rapat ialah menyempurnakan rancangan nota kesepahaman.",
    ).events;
    expect(found.map((e) => [e.kind, sorted(e.parties), e.date])).toEqual([
      ["meeting", ["34.04", "35.20"], "2023-03-06"],
    ]);
  });
});

describe("parties named in lists", () => {
  const only = (text: string) => {
    const [event] = extract(text).events;
    return { kind: event?.kind, parties: sorted(event?.parties ?? []), hub: event?.hub ?? null };
  };

  it("reads an attendance roll-call anywhere in the article, no count needed (E1), and the named host", () => {
    expect(
      only(
        "SURABAYA – Gubernur Jawa Timur membuka Rapat Kerja Bupati/Wali Kota se-Jawa Timur di Hotel Majapahit, Senin (6/3/2023). Kabupaten Lamongan ditunjuk sebagai tuan rumah raker tahun ini. Raker diikuti seluruh kepala daerah beserta jajarannya. Ketua panitia melaporkan tujuan raker, antara lain menekan inflasi. Kedua, menurunkan kemiskinan ekstrem. Ketiga, evaluasi pendidikan. Ketua panitia lalu memperkenalkan kepala daerah satu per satu. Adapun yang hadir antara lain Bupati Lamongan, Pj Bupati Probolinggo, Bupati Pasuruan, Sidoarjo, Mojokerto, Pj Wali Kota Madiun, Bupati Ngawi, Sampang dan Bupati Tuban.",
      ),
    ).toEqual({
      kind: "meeting",
      parties: ["35", "35.13", "35.14", "35.15", "35.16", "35.21", "35.23", "35.24", "35.27", "35.77"],
      hub: "35",
    });
  });

  it("leaves out regions listed as absent unless represented, and follows a list into the next sentence", () => {
    expect(
      only(
        "Gubernur Jawa Tengah memimpin rapat koordinasi bupati dan wali kota di Semarang, Rabu (8/3/2023). Beberapa kepala daerah tidak hadir, termasuk Bupati Batang yang diwakili oleh Sekda Batang, dan Bupati Kendal. Lalu, Bupati Demak juga berhalangan. Sementara yang hadir yakni Bupati Pekalongan, Bupati Pati. Kemudian, Wali Kota Tegal.",
      ).parties,
    ).toEqual(["33", "33.18", "33.25", "33.26", "33.76"]);
  });

  it("gives list items without a title the title of the item before them (E2)", () => {
    expect(
      only(
        "Rapat dihadiri Bupati Agam, Mentawai, Selayar dan Pj Bupati Meranti di Jakarta, Senin (6/3/2023).",
      ).parties,
    ).toEqual(["13.06", "13.09", "14.10", "73.01"]);
    const { people } = extract("Walikota Bogor, Bima Arya, bertemu Wali Kota Depok, Senin (6/3/2023).");
    expect(people.map((p) => p.name)).toContain("Bima Arya");
  });

  it("takes partners named one per sentence after a count of them (E3)", () => {
    expect(
      only(
        "Pemprov Jawa Timur menjalin kerja sama dengan empat provinsi. Penandatanganan MoU dilakukan Gubernur Jawa Timur bersama empat gubernur provinsi lain di Surabaya, Kamis (9/3/2023). Kerja sama dengan Provinsi Riau meliputi bidang energi. Provinsi Aceh untuk bidang perikanan. Provinsi Lampung tentang perdagangan kopi. Bidang pangan dilakukan bersama Provinsi Gorontalo.",
      ),
    ).toEqual({ kind: "agreement", parties: ["11", "14", "18", "35", "75"], hub: "35" });
  });

  it("takes no partners from a sentence telling where a region lies", () => {
    // Made up: a tie the headline names with one known party, then the city's neighbours.
    const text = [
      "Perjanjian Kota Bersaudara antara Pemerintah Kota Salatiga dan Pemerintah Kota Antah",
      "Secara geografis Kota Salatiga terletak di dataran tinggi. Kota Salatiga berbatasan dengan Kabupaten Semarang dan Kabupaten Boyolali di sebelah utara, Kabupaten Boyolali di sebelah timur.",
    ].join("\n\n");
    expect(extract(text).events).toEqual([]);
  });

  it("takes the listed items of a count of more partners of the same act, the one who signed with all as hub", () => {
    expect(
      only(
        "Pemprov Jawa Barat dan Pemprov Jawa Tengah menandatangani nota kesepahaman di Gedung Sate, Kamis (6/1/2022). Pada saat yang sama juga dilakukan hal serupa antara Gubernur Jawa Barat dengan tiga provinsi lainnya, yakni Banten, Bali dan Sumatera Selatan.",
      ),
    ).toEqual({ kind: "agreement", parties: ["16", "32", "33", "36", "51"], hub: "32" });
  });
});

describe("which regions are parties, at the end", () => {
  const only = (text: string) => {
    const [event] = extract(text).events;
    return { kind: event?.kind, parties: sorted(event?.parties ?? []), hub: event?.hub ?? null };
  };

  it("replaces a country by the one place of it the article names (E6)", () => {
    expect(
      only(
        'Kuatkan Sister City, Malang Sambut Delegasi Jepang dan Korea Selatan\nMALANG – Wali Kota Malang menyambut kunjungan dua delegasi yakni Ichikawa (Jepang) dan Suwon (Korea Selatan), Minggu (5/3/2023). "Malam ini kita dihadiri pejabat dari Kota Ichikawa Jepang dan Kota Suwon Korea Selatan yang tengah memperkuat kerja sama dengan Kota Malang," kata Wali Kota.',
      ).parties,
    ).toEqual(["35.73", "JP/Ichikawa", "KR/Suwon"]);
  });

  it("drops a province named only as the area of a party, and breadcrumbs copying the headline (E8)", () => {
    expect(
      only(
        "Pemkab Sleman Kaji Banding ke Malang\nBeranda Jawa Timur Pemkab Sleman Kaji Banding ke Malang\nPemkab Sleman Kaji Banding ke Malang\nMALANG – Pemkab Sleman melakukan studi banding di Provinsi Jawa Timur, khususnya Kota Malang, Selasa (7/3/2023).",
      ),
    ).toEqual({ kind: "study_visit", parties: ["34.04", "35.73"], hub: null });
    expect(
      only(
        "Untuk mendukung penanganan penyakit menular di dua provinsi, yaitu Provinsi Jawa Timur dan DIY, terutama Kabupaten Magetan dan Sleman, Pemkab Sleman dan Pemkab Magetan menandatangani nota kesepahaman, Senin (6/3/2023).",
      ).parties,
    ).toEqual(["34.04", "35.20"]);
  });

  it("drops a province whose governor only witnesses its kabupaten sign, even where he invited them", () => {
    expect(
      only(
        "Bupati Sleman dan Bupati Bantul Sepakati Batas\nYOGYAKARTA – Perselisihan batas Kabupaten Sleman dan Kabupaten Bantul di Provinsi DIY selesai. Bupati Sleman dan Bupati Bantul meneken kesepakatan di Kantor Gubernur DIY, Rabu (8/3/2023). Gubernur DIY hadir sebagai saksi. Gubernur DIY pula yang mengundang kedua bupati untuk meneken kesepakatan batas Kabupaten Sleman dan Kabupaten Bantul.",
      ),
    ).toEqual({ kind: "agreement", parties: ["34.02", "34.04"], hub: null });
  });

  it("keeps a province that acts through its governor or office beside its own kabupaten", () => {
    expect(
      only(
        "Gubernur Jawa Timur dan Bupati Magetan menandatangani nota kesepahaman di Surabaya, Senin (6/3/2023).",
      ).parties,
    ).toEqual(["35", "35.20"]);
  });
});

describe("parties named by the personal name of an official introduced earlier (E9)", () => {
  it("makes the official's region a party, with the role the sentence gives", () => {
    const [event] = extract(
      "Bupati Gowa, Andi Saputra, tiba di Watampone pada Minggu sore bersama sejumlah kepala dinas. Rombongan berangkat pagi hari. Keesokan harinya, Bupati Bone Budi Hartono menerima kunjungan Andi Saputra di rumah jabatan, Senin (6/3/2023).",
    ).events;
    expect(event?.kind).toBe("audience");
    expect(Object.fromEntries((event?.partyRoles ?? []).map((p) => [p.code, p.role]))).toEqual({
      "73.08": "host",
      "73.06": "visitor",
    });
  });

  it("does not make a witness named by name a party", () => {
    const [event] = extract(
      "Bupati Gowa, Andi Saputra, hadir di Makassar. Pemkab Bone dan Pemkab Maros menandatangani nota kesepahaman, Senin (6/3/2023), disaksikan Andi Saputra.",
    ).events;
    expect(sorted(event?.parties ?? [])).toEqual(["73.08", "73.09"]);
  });
});

describe("rules found on real news the dev corpus does not hold", () => {
  const summary = (text: string) =>
    extract(text).events.map((e) => ({ kind: e.kind, parties: sorted(e.parties), date: e.date, hub: e.hub }));

  it("reads a head of kabupaten/kota meeting the governor at the governor's premises as an audience (K3)", () => {
    expect(
      summary(
        "Wali Kota Batu melakukan pertemuan dengan Gubernur Jawa Timur di Ruang Kerja Gubernur, Senin (6/3/2023). Wali Kota meminta gubernur menyerahkan aset bekas terminal kepada Pemkot Batu.",
      ),
    ).toEqual([{ kind: "audience", parties: ["35", "35.79"], date: "2023-03-06", hub: null }]);
    expect(
      summary(
        "Wali Kota Kediri menghadap Gubernur Jawa Timur di Surabaya untuk melaporkan persiapan festival, Rabu (8/3/2023).",
      )[0]?.kind,
    ).toBe("audience");
  });

  it("makes the province of 'se-P' a party of its coordination meeting, not of a national one", () => {
    expect(
      summary(
        "Gubernur mengumpulkan bupati dan wali kota se-Sumbar dalam rakor di Padang, Kamis (3/8/2017).",
      ),
    ).toEqual([{ kind: "meeting", parties: ["13"], date: "2017-08-03", hub: null }]);
    expect(
      summary(
        "Menteri Dalam Negeri memimpin rakor bersama bupati dan wali kota se-Sumbar di Jakarta, Kamis (3/8/2017).",
      ),
    ).toEqual([]);
  });

  it("reads the members of a counted cooperation, 'Kabupaten/Kota X' as both, and a signing of a cooperation", () => {
    const [event] = summary(
      "Penandatanganan kerja sama regional digelar di sebuah aula di Surabaya, Rabu (8/3/2023). Kerja sama ini diikuti lima kabupaten/kota, meliputi Kabupaten Gresik, Jombang, Tuban, Kabupaten/Kota Mojokerto.",
    );
    expect(event).toEqual({
      kind: "agreement",
      parties: ["35.16", "35.17", "35.23", "35.25", "35.76"],
      date: "2023-03-08",
      hub: null,
    });
    expect(
      summary(
        "Pemkab Muaro Jambi melakukan penanda tanganan kerja sama dengan Kabupaten Batanghari, Senin 6 Maret 2023.",
      ),
    ).toEqual([{ kind: "agreement", parties: ["15.04", "15.05"], date: "2023-03-06", hub: null }]);
  });

  it("reads a headline that opens with its verb: 'Kunjungi X, Y ...' has Y visit X", () => {
    const [event] = extract(
      "Kunjungi Pemkot Madiun, Bupati Ngawi Bawa Rombongan OPD\n\nNGAWI - Bupati Ngawi beserta rombongan kepala OPD tiba di Balai Kota Madiun, Kamis (9/3/2023). Rombongan disambut jajaran pemerintah setempat.",
    ).events;
    expect(event?.kind).toBe("visit");
    expect(event?.date).toBe("2023-03-09");
    expect(Object.fromEntries((event?.partyRoles ?? []).map((p) => [p.code, p.role]))).toEqual({
      "35.77": "host",
      "35.21": "visitor",
    });
  });

  it("joins no prefix across a blank line: a headline's last word does not name the dateline's region", () => {
    const [event] = extract(
      "Wali Kota Sawahlunto Pimpin Rombongan\n\nPalembang - Wali Kota Sawahlunto memimpin rombongan OPD bertandang ke Balai Kota Palembang, Selasa (7/9/2021).",
    ).events;
    expect(Object.fromEntries((event?.partyRoles ?? []).map((p) => [p.code, p.role]))).toEqual({
      "13.73": "visitor",
      "16.71": "host",
    });
  });

  it("reads no field of cooperation from a street's name", () => {
    const [event] = extract(
      "Pemkot Kediri melakukan kunjungan kerja ke Pemkot Blitar di Balai Kota Blitar, Jl Pemuda, Senin (6/3/2023). Kunjungan membahas pengembangan pariwisata.",
    ).events;
    expect(event?.sectors).toEqual(["pariwisata"]);
  });

  it("reads 'Pemkot dan Pemkab X' and 'Kabupaten dan Kota X' as both governments of that name", () => {
    expect(
      summary("Pemkot dan Pemkab Madiun menandatangani kesepakatan bersama di Madiun, Selasa (7/3/2023)."),
    ).toEqual([{ kind: "agreement", parties: ["35.19", "35.77"], date: "2023-03-07", hub: null }]);
    expect(
      summary(
        "Pemerintah Kabupaten dan Kota Blitar menandatangani kesepakatan bersama di Blitar, Selasa (7/3/2023).",
      )[0]?.parties,
    ).toEqual(["35.05", "35.72"]);
  });

  it("takes the parties of a hand-over the headline names when the story names one", () => {
    expect(
      summary(
        "Pemkot dan Pemkab Madiun Lakukan Serah Terima Aset\n\nPenandatanganan naskah perjanjian hibah dilakukan oleh Wali Kota Madiun di Pendopo, Selasa (7/3/2023).",
      )[0]?.parties,
    ).toEqual(["35.19", "35.77"]);
  });

  it("dates an event by a caption above the story when the story gives no date of its own", () => {
    expect(
      summary(
        "Wali Kota Solo Sowan ke Gubernur\nKunjungan Wali Kota Solo ke Semarang, Rabu (5/4/2023).\nWali Kota Solo menghadap Gubernur Jawa Tengah di rumah dinas gubernur untuk membahas jalan lingkar.",
      ),
    ).toEqual([{ kind: "audience", parties: ["33", "33.72"], date: "2023-04-05", hub: null }]);
  });
});

describe("regions named inside an institution's name", () => {
  it("are no party: a pemkab's MoU with a university is no event between regional governments", () => {
    expect(
      extract(
        "Pemkab Sampang Teken MoU dengan Unisma Malang\nPemerintah Kabupaten Sampang menandatangani nota kesepahaman dengan Universitas Islam Malang, Kamis (4/5/2023).",
      ).events,
    ).toEqual([]);
  });
});

describe("one occasion told several ways", () => {
  const kinds = (text: string) => extract(text).events.map((e) => [e.kind, sorted(e.parties), e.date]);

  it("keeps one event for a meeting and an audience of the same parties on the same day", () => {
    expect(
      kinds(
        "Bupati Sigi bertemu Gubernur Sulawesi Tengah, Senin (6/3/2023). Pertemuan di kantor Gubernur Sulteng itu membahas jalan provinsi.",
      ),
    ).toEqual([["audience", ["72", "72.10"], "2023-03-06"]]);
  });

  it("does not read 'sebelumnya diberitakan' as an earlier act", () => {
    expect(
      kinds(
        "Wali Kota Solo menghadap Gubernur Jawa Tengah di rumah dinas gubernur, Senin (3/4/2023). Sebelumnya diberitakan, Wali Kota Solo segera memenuhi panggilan dari Gubernur Jawa Tengah.",
      ),
    ).toEqual([["audience", ["33", "33.72"], "2023-04-03"]]);
  });

  it("reads the meeting an act was done at as an event of its own, convened by the province", () => {
    expect(
      kinds(
        "Pemkab Kudus dan Pemkab Pati meneken kesepakatan batas, Selasa (7/3/2023). Penandatanganan disaksikan Gubernur Jawa Tengah. Kesepakatan itu diteken di sela rakor bupati dan wali kota yang dipimpin Gubernur Jawa Tengah.",
      ),
    ).toEqual([
      ["agreement", ["33.18", "33.19"], "2023-03-07"],
      ["meeting", ["33", "33.18", "33.19"], "2023-03-07"],
    ]);
  });

  it("does not make those who did not attend a meeting its parties", () => {
    expect(
      kinds(
        "Gubernur Jawa Tengah memimpin rakor bersama Bupati Kudus dan Bupati Pati di Semarang, Rabu (8/3/2023). Bupati Rembang dan Bupati Blora tidak hadir dalam rakor tersebut.",
      ),
    ).toEqual([["meeting", ["33", "33.18", "33.19"], "2023-03-08"]]);
  });

  it("reads no act where the words say it must or should be done", () => {
    expect(
      kinds(
        "Pemkab Kudus dan Pemkab Pati menandatangani kesepakatan batas daerah, Selasa (7/3/2023). Sebelumnya, Gubernur Jawa Tengah mengatakan batas wilayah harus disepakati para bupati agar segera ditandatangani.",
      ),
    ).toEqual([["agreement", ["33.18", "33.19"], "2023-03-07"]]);
  });

  it("reads an instrument an agreement was followed up with as an agreement of its own, a planned one not", () => {
    expect(
      kinds(
        "Pemprov Jawa Tengah dan Pemprov DIY menandatangani nota kesepahaman di Semarang, Senin (6/3/2023). Nota kesepahaman itu langsung ditindaklanjuti dengan Perjanjian Kerja Sama (PKS) bidang pariwisata.",
      ),
    ).toEqual([
      ["agreement", ["33", "34"], "2023-03-06"],
      ["agreement", ["33", "34"], "2023-03-06"],
    ]);
    expect(
      kinds(
        "Pemprov Jawa Tengah dan Pemprov DIY menandatangani nota kesepahaman di Semarang, Senin (6/3/2023). Nota kesepahaman itu akan ditindaklanjuti dengan Perjanjian Kerja Sama (PKS) bidang pariwisata.",
      ),
    ).toEqual([["agreement", ["33", "34"], "2023-03-06"]]);
    expect(
      kinds(
        "Pemprov Jawa Tengah dan Pemprov DIY menandatangani nota kesepahaman di Semarang, Senin (6/3/2023). Nota kesepahaman itu ditindaklanjuti dengan dua perjanjian kerja sama antara dinas kedua provinsi.",
      ),
    ).toEqual([
      ["agreement", ["33", "34"], "2023-03-06"],
      ["agreement", ["33", "34"], "2023-03-06"],
    ]);
  });

  it("reads the renewal of a sister-province MoU at the meeting that marks the tie as the tie itself", () => {
    const events = extract(
      "Jawa Tengah Perkuat Sister Province dengan Provinsi Gyeonggi\nSEMARANG – Pemprov Jawa Tengah memperkuat kerja sama sister province dengan Pemerintah Provinsi Gyeonggi, Korea Selatan. Wakil Gubernur Jawa Tengah menyambut Gubernur Gyeonggi dalam pertemuan delegasi di Semarang, Kamis (6/7/2023). Pada kesempatan itu dilakukan pembaruan MoU antara Provinsi Gyeonggi, Korea Selatan, dengan Pemprov Jawa Tengah.",
    ).events;
    expect(events.map((e) => [e.kind, e.status, sorted(e.parties), e.date])).toEqual([
      ["sister_city", "extended", ["33", "KR/Gyeonggi"], "2023-07-06"],
    ]);
  });

  it("reads the act named again with a demonstrative as the same act, its provinces as areas", () => {
    expect(
      kinds(
        "Batas Kabupaten Ketapang dengan Kabupaten Lamandau akhirnya disepakati. Penandatanganan dilakukan oleh Sekda Kabupaten Ketapang dan Bupati Lamandau di Jakarta, Selasa (6/8/2024). Berita acara kesepakatan batas antara Kalbar dan Kalteng ini difasilitasi Kementerian Dalam Negeri.",
      ),
    ).toEqual([["agreement", ["61.04", "62.09"], "2024-08-06"]]);
  });

  it("takes the act the headline tells of as the main event, and agreeing on a boundary as an agreement", () => {
    expect(
      kinds(
        "Sleman Sepakati Batas dengan Dua Kabupaten\nKesepakatan itu dituangkan dalam berita acara yang diteken Bupati Bantul, Bupati Kulon Progo dan Sekda Sleman. Penandatanganan berlangsung dalam rapat penegasan batas di Kantor Gubernur DIY, Kamis (4/5/2023).",
      )[0],
    ).toEqual(["agreement", ["34.01", "34.02", "34.04"], "2023-05-04"]);
  });
});
