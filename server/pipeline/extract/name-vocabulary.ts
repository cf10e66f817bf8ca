/**
 * The words around personal names, as data for the name reader in person-names.ts: honorifics and ranks
 * before a name, academic degrees after it, particles inside it, and the capitalised words that end it.
 *
 * Why a file of its own: these lists grow with every spelling met in the news; the reader does not.
 */

/** Honorifics, and police and military ranks, written before a name (folded, without full stops). */
export const HONORIFICS = new Set(
  (
    "h hj hm dr drs dra drg drh ir prof kh rh ra rm haji hajah hajjah tuan bapak bpk ibu pak bu sdr sdri yth apt " +
    "ns ustadz ustaz habib tgh tgb kyai kiai cak mr mrs ms miss capt kapt hon buya tgk alderman cllr councillor " +
    // Police and military ranks are honorifics too: "Irjen Pol (Purn) Drs. Budi Hartono".
    "jenderal jend komjen irjen brigjen kombes akbp akp kompol iptu ipda aiptu letjen mayjen marsekal marsda " +
    "marsma laksamana laksda laksma kolonel kol letkol mayor kapten lettu letda pol tni inf purn"
  ).split(" "),
);

/** "(Purn)", "(Purn.)" after a rank: retired, an honorific. */
export const RETIRED = /^\(purn\.?\),?$/i;

export const DEGREES = new Set(
  (
    "se sh mm msi mt mh mpd spd skm mkes mba map ma sos ssos sip sstp stp sag mag ssi st skom mkom sp mp shut spt " +
    "sik lc phd ak cpa ca msc bsc sthi sfarm amd amk ssit mpa mars mkm ssn spsi mpsi mhum shum sked sst mip " +
    "mec mtp msp cphr ipu mtr mkn spi sipem sap ssn msos mhi mkp mt spdi mpdi ssy sh.i mag"
  ).split(" "),
);

/** Capitalised words that end a name: function words, reporting verbs, titles, places, days, months. */
export const STOP_WORDS = new Set(
  (
    "dalam dan yang di ke dari pada untuk dengan bersama beserta serta selaku sebagai saat ketika usai setelah " +
    "sebelum atas oleh secara bahwa ini itu tersebut para juga telah akan sudah saja pun kemudian menjadi " +
    "adalah merupakan hadir turut didampingi mendampingi mewakili diwakili menerima menyambut disambut " +
    "pertama kedua ketiga keempat kelima selanjutnya berikutnya sementara adapun " +
    "mengatakan menyampaikan menjelaskan menuturkan menegaskan menambahkan mengungkapkan berharap mengapresiasi " +
    "melakukan memimpin membuka menandatangani meneken memberikan mengucapkan mengajak menghadiri meminta " +
    "menyebut menyebutkan sambutannya sambutan ucap kata ujar tutur ungkap jelas tegas pungkas imbuh katanya " +
    "ujarnya tuturnya ungkapnya jelasnya tegasnya pungkasnya kabupaten kota provinsi pemkab pemkot pemprov " +
    "pemerintah pemda dprd jalan jl gedung kantor rumah aula hotel pendopo desa kecamatan kelurahan senin " +
    "selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober " +
    "november desember no nomor tahun periode masa ri republik indonesia rp wakil bupati gubernur wali walikota " +
    "kepala sekda sekretaris asisten camat ketua anggota kabag kadis wagub wabup wawali direktur menteri " +
    "hingga sampai karena namun tetapi tapi agar supaya sehingga seperti yakni yaitu antara lain baik tidak " +
    "bukan belum masih sangat lebih paling sekaligus langsung resmi terkait tentang mengenai melalui kepada " +
    "terima bahas lakukan gelar hadiri buka tutup teken tandatangani jalin adakan tawarkan ajak sambut " +
    "kunjungi dorong minta beri memberi serahkan resmikan dukung perkuat bangun ikuti sampaikan apresiasi " +
    "raih wakili pererat jajaki bertemu temui undang lepas luncurkan tinjau pantau pimpin dampingi " +
    "bagi sejak kembali pemerintahan kerja sama kerjasama mou rapat rakor audiensi kunjungan penandatanganan " +
    "bertempat berlangsung dilaksanakan digelar acara kegiatan program dinas badan bagian kaji eksekutif " +
    "pemilihan dapil komplek kompleks perumahan gedung aula balai pilkada pilbup pilwalkot pilgub pemilu serentak " +
    "calon paslon sekkab sekkot sekprov sekdakab sekdakot sekdaprov pangdam kapolda kapolres kapolresta " +
    "kapolri dandim danrem danlanal danlanud kajati kajari forkopimda muspida muspika mendagri wamen dirjen " +
    "menkeu menkes menhub mensos menparekraf menpan mendikbud mendes menlu mentan plt plh pj pjs penjabat " +
    "pelaksana ia dia beliau saya kami kita mereka anda prov kab kec kel giliran menurut selain tamu " +
    "pembicara narasumber undangan hadirin peserta"
  ).split(" "),
);

/** The pieces of dotted degrees: S.Sos. = s + sos, M.Si = m + si, Ph.D = ph + d. */
export const DEGREE_PIECES = new Set(
  (
    "s m d a b ph e h t p i ir sos si stp md pd kom kes ip ag hut pt ik st sc ap hum sn kep farm psi ked th thi sy " +
    "hi pi ds ft ak kn mb sia ars ling ec eng tr kp gz ke sst sh se mm mar"
  ).split(" "),
);

export const PARTICLES = new Set(["bin", "binti", "van", "de", "da", "al", "el", "von", "der"]);

/** Abbreviations of Muhammad written with a full stop inside a name: "Mohd. Yusuf", "Muh. Rahman". */
export const NAME_ABBREVIATIONS = new Set(["muh", "moh", "mohd", "mhd", "muhd", "moch", "mochd", "mch"]);
