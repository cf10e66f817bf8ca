/**
 * The benchmark's web site, run as a child process of bench-import.ts so serving pages does not share the
 * measured process's thread: N synthetic articles (bench/corpus) each wrapped in a WordPress-style page with
 * the boilerplate the reader must drop (menu, sidebar of other regions' news, a "Baca juga" teaser, related
 * posts, comments, footer), about 12 KB a page, plus /robots.txt and /sitemap.xml listing them all.
 * Prints `READY <port>` when listening; GET /requests answers how many pages it served and their times.
 * Usage: node --import tsx bench/import/page-server.ts COUNT
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadGazetteer } from "../../server/pipeline/extract/gazetteer.ts";
import { syntheticArticles } from "../corpus/synthetic-articles.ts";

const count = Number(process.argv[2] ?? "10000");
const gazetteer = await loadGazetteer();
const texts: string[] = [];
for (const article of syntheticArticles(gazetteer, { count, seed: 23 })) texts.push(article.text);

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const MENU = Array.from({ length: 30 }, (_, i) => `<li><a href="/menu/${i}/">Menu ${i}</a></li>`).join("");
const SIDEBAR = [
  "Pemkab Garut Jajaki Kerja Sama dengan Pemkot Bandung",
  "Bupati Lombok Timur Terima Kunjungan Pemkot Mataram",
  "Pemprov Riau dan Pemprov Jambi Bahas Perbatasan",
  "Pemkab Sleman dan Pemkot Yogyakarta Sepakati Kerja Sama Transportasi",
]
  .map((title, i) => `<li><a href="/lain/${i}/">${title}</a></li>`)
  .join("");

function page(i: number): string {
  const [headline = "", ...paragraphs] = texts[i]!.split("\n").filter((line) => line.trim() !== "");
  const body = paragraphs.map((p) => `<p>${escape(p)}</p>`);
  body.splice(
    2,
    0,
    `<p><strong>Baca juga:</strong> <a href="/lain/9/">Pemkab Dompu dan Pemkab Bima Jalin Kerja Sama Air Minum</a></p>`,
  );
  return `<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8"><title>${escape(headline)} &#8211; Portal Berita Daerah</title>
<link rel="canonical" href="/berita/${i}.html"><meta property="og:type" content="article"><meta property="og:site_name" content="Portal Berita Daerah">
<script>window.dataLayer=[];</script><style>.site-header{color:#063}</style></head>
<body class="post-template-default single single-post postid-${i}"><header id="masthead" class="site-header"><nav class="main-navigation"><ul class="menu">${MENU}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">${escape(headline)}</h1></header>
<div class="entry-content">${body.join("\n")}
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Terkait</h3><p><a href="/lain/7/">Pemkab Badung dan Pemkot Denpasar Bahas Pengelolaan Pantai</a></p></div></div></article>
<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><p>Semoga Kabupaten Bima juga menjalin kerja sama dengan Kota Surabaya.</p></li></ol></div></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Berita Terbaru</h2><ul>${SIDEBAR}</ul></section></aside></div>
<footer id="colophon" class="site-footer">Portal Berita Daerah &#8212; Mitra: Pemkot Bekasi, Pemprov Nusa Tenggara Barat.</footer></body></html>`;
}

const sitemap =
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
  texts.map((_, i) => `<url><loc>/berita/${i}.html</loc></url>`).join("\n") +
  "\n</urlset>\n";

const served: number[] = [];
const server = createServer((request, response) => {
  const path = request.url ?? "/";
  const match = /^\/berita\/(\d+)\.html$/.exec(path);
  if (match && Number(match[1]) < count) {
    served.push(Date.now());
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(page(Number(match[1])));
  } else if (path === "/sitemap.xml") {
    response.writeHead(200, { "content-type": "application/xml" });
    response.end(sitemap);
  } else if (path === "/robots.txt") {
    response.writeHead(200, { "content-type": "text/plain" });
    response.end("User-agent: *\nDisallow: /wp-admin/\n");
  } else if (path === "/requests") {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ served: served.length, times: served.slice(-200) }));
  } else {
    response.writeHead(404);
    response.end();
  }
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
});
process.on("disconnect", () => process.exit(0));
