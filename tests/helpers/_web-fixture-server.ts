/**
 * A local HTTP server of made-up web fixtures (tests/fixtures/web/), on 127.0.0.1 and a free port: the
 * files of site/ as they are, plus the answers a static folder cannot give. Used by the import tests, the
 * e2e test and `npm run serve:web-fixtures` (trying the commands by hand).
 *
 * Dynamic paths:
 * - /flaky: 429 with Retry-After: 1 on the first request, then the Kaltim article (200)
 * - /loop-a, /loop-b: redirect to each other; /moved: 301 to the Semarang article
 * - /huge: a 50 MB body; /bomb: 64 MB of zeros gzip-compressed to about 64 KB
 * - /hang: accepts the request and never answers
 * - /changing: an article whose text the test switches (`setChangingVersion`)
 * - /always-503: 503 every time
 * - /berita/semarang-kendal-pariwisata.html: served with charset=windows-1252 in Content-Type as well
 * Every request is counted (`requests`), with its time, for the politeness tests.
 */
import { readFileSync, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const WEB_FIXTURES = fileURLToPath(new URL("../fixtures/web/", import.meta.url));
const SITE = join(WEB_FIXTURES, "site");

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".pdf": "application/pdf",
};

export interface RequestLog {
  path: string;
  at: number;
  headers: IncomingMessage["headers"];
}

export interface WebFixtureServer {
  origin: string;
  port: number;
  requests: RequestLog[];
  setChangingVersion(version: 1 | 2): void;
  close(): Promise<void>;
}

function changingArticle(version: 1 | 2): string {
  const partner = version === 1 ? "Pemerintah Kota Mataram" : "Pemerintah Kabupaten Lombok Utara";
  const date = version === 1 ? "Kamis (6/6/2024)" : "Kamis (6/6/2024)";
  return `<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Pemkab Lombok Barat Teken Kerja Sama Air Minum</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Portal Lombok Barat">
<meta property="article:published_time" content="2024-06-07T08:00:00+08:00">
<link rel="canonical" href="/changing"></head><body><article>
<h1>Pemkab Lombok Barat Teken Kerja Sama Air Minum</h1>
<p>GERUNG – Pemerintah Kabupaten Lombok Barat dan ${partner} menandatangani kesepakatan bersama tentang penyediaan air minum pada ${date} di Kantor Bupati Lombok Barat, Gerung.</p>
<p>Kesepakatan bersama itu mengatur pemanfaatan sumber mata air, pembangunan jaringan pipa transmisi dan pembagian biaya operasional instalasi pengolahan air selama lima tahun.</p>
<p>Bupati Lombok Barat mengatakan kerja sama antardaerah diperlukan karena sumber air dan pelanggan berada di wilayah yang berbeda. Kedua pemerintah daerah akan menyusun perjanjian kerja sama teknis dalam dua bulan.</p>
${version === 2 ? "<p>Pembaruan: naskah kesepakatan bersama telah diserahkan ke DPRD untuk dibahas.</p>" : ""}
</article></body></html>`;
}

export async function startWebFixtureServer(options: { port?: number } = {}): Promise<WebFixtureServer> {
  const requests: RequestLog[] = [];
  let flakyServed = 0;
  let changingVersion: 1 | 2 = 1;
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  const hanging = new Set<ServerResponse>();

  const serveFile = (response: ServerResponse, path: string, headers: Record<string, string> = {}) => {
    const body = readFileSync(path);
    response.writeHead(200, {
      "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      "content-length": body.length,
      ...headers,
    });
    response.end(body);
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://fixture.invalid");
    requests.push({ path: url.pathname + url.search, at: Date.now(), headers: request.headers });
    switch (url.pathname) {
      case "/flaky":
        if (flakyServed++ === 0) {
          response.writeHead(429, { "retry-after": "1", "content-type": "text/plain" });
          response.end("Terlalu banyak permintaan");
          return;
        }
        return serveFile(response, join(SITE, "berita/kaltim-jatim-perdagangan.html"));
      case "/always-503":
        response.writeHead(503, { "content-type": "text/plain" });
        response.end("Sedang pemeliharaan");
        return;
      case "/loop-a":
        response.writeHead(302, { location: "/loop-b" });
        response.end();
        return;
      case "/loop-b":
        response.writeHead(302, { location: "/loop-a" });
        response.end();
        return;
      case "/moved":
        response.writeHead(301, { location: "/berita/semarang-kendal-pariwisata.html?utm_source=lama" });
        response.end();
        return;
      case "/huge": {
        // Streamed without a Content-Length, so only counting the bytes can stop it.
        response.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(1024 * 1024, "<p>isi</p>");
        let sent = 0;
        const push = () => {
          while (sent < 50 && response.write(chunk)) sent++;
          if (sent >= 50) response.end();
          else response.once("drain", () => ((sent += 1), push()));
        };
        response.on("error", () => {});
        push();
        return;
      }
      case "/bomb":
        response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        response.end(bomb);
        return;
      case "/hang":
        hanging.add(response);
        return;
      case "/changing": {
        const body = changingArticle(changingVersion);
        response.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          etag: `"changing-${changingVersion}"`,
        });
        response.end(body);
        return;
      }
    }
    const file = normalize(join(SITE, decodeURIComponent(url.pathname)));
    if (!file.startsWith(SITE) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      response.end("<html><body><h1>Halaman tidak ditemukan</h1></body></html>");
      return;
    }
    if (file.endsWith("semarang-kendal-pariwisata.html"))
      return serveFile(response, file, { "content-type": "text/html; charset=windows-1252" });
    const etag = `"${statSync(file).size}"`;
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    serveFile(response, file, { etag });
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    setChangingVersion: (version) => (changingVersion = version),
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
