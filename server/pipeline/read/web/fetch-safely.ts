/**
 * One HTTP GET of a page someone named, made safe: http(s) only; the host's addresses checked (address-
 * policy.ts) by the very DNS look-up the connection uses, so a name that answers a public address to a check
 * and a private one to the connection (DNS rebinding) cannot slip through, and the connected socket's address
 * is checked once more; redirects followed by hand, each hop checked again, loops and chains cut; a time
 * limit on the whole exchange; the body capped while it arrives, before and after decompression (a gzip bomb
 * stops at the cap, not in memory). Nothing in the page is ever run: the body is bytes handed back.
 *
 * Why node:http and not fetch(): Node's fetch cannot take a DNS look-up of ours, decompresses without a cap,
 * and follows redirects without letting each hop be checked.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction, type Socket } from "node:net";
import { pipeline } from "node:stream/promises";
import { Transform, Writable, type Readable } from "node:stream";
import zlib from "node:zlib";
import { checkAddress } from "./address-policy.ts";
import { checkWebUrl } from "./web-urls.ts";

export type FetchFailure =
  | "refused-url"
  | "refused-address"
  | "dns"
  | "connection"
  | "timeout"
  | "too-large"
  | "bad-encoding"
  | "redirects"
  | "robots"
  | "status";

export class FetchError extends Error {
  override readonly name = "FetchError";
  constructor(
    readonly failure: FetchFailure,
    message: string,
    readonly url: string,
    /** The HTTP status, for failure "status". */
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface FetchLimits {
  allowPrivateHosts: boolean;
  userAgent: string;
  /** The whole exchange, redirects included. */
  timeoutMs: number;
  /** Largest body, counted both as received and as decompressed. */
  maxBytes: number;
  maxRedirects: number;
}

export interface FetchRequest {
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchedResponse {
  /** The address that answered, after redirects. */
  url: string;
  status: number;
  headers: Readonly<Record<string, string>>;
  body: Buffer;
  /** Each address redirected from, in order. */
  redirects: string[];
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

class RefusedAddress extends Error {
  override readonly name = "RefusedAddress";
  readonly code = "JJ_REFUSED_ADDRESS";
}

/**
 * A DNS look-up that hands the connection only addresses the policy allows, and refuses a name with any
 * forbidden address (a name answering both is a rebinding set-up, not a public site).
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: LookupOptions, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error);
      for (const { address } of addresses) {
        const verdict = checkAddress(address, allowPrivate);
        if (!verdict.ok)
          return callback(new RefusedAddress(`${hostname} resolves to ${address}, ${verdict.reason}`));
      }
      if (addresses.length === 0)
        return callback(Object.assign(new Error("no address"), { code: "ENOTFOUND" }));
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  }) as LookupFunction;
}

/**
 * Keep-alive agents shared by every fetch of the process, one pair per address policy: a socket is reused
 * only for the host:port it was opened to, whose address was checked when it was opened.
 */
const agents = new Map<boolean, { http: http.Agent; https: https.Agent }>();
function agentsFor(allowPrivate: boolean) {
  let pair = agents.get(allowPrivate);
  if (!pair) {
    const options = { keepAlive: true, maxSockets: 4, maxFreeSockets: 4, timeout: 30_000 };
    pair = {
      http: new http.Agent({ ...options, lookup: guardedLookup(allowPrivate) } as http.AgentOptions),
      https: new https.Agent({ ...options, lookup: guardedLookup(allowPrivate) } as https.AgentOptions),
    };
    agents.set(allowPrivate, pair);
  }
  return pair;
}

function headerValues(message: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** Counts raw bytes as they arrive, before any decompression, and stops past the cap. */
function rawByteCap(maxBytes: number, url: string): Transform {
  let received = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > maxBytes)
        return done(new FetchError("too-large", `the body is over the limit of ${maxBytes} bytes`, url));
      done(null, chunk);
    },
  });
}

function decompressor(encoding: string, maxBytes: number, url: string): Transform | undefined {
  // maxOutputLength bounds each decompressed chunk; the sink below bounds the total.
  const options = { maxOutputLength: maxBytes + 1 };
  if (encoding === "gzip" || encoding === "x-gzip") return zlib.createGunzip(options);
  if (encoding === "deflate") return zlib.createInflate(options);
  if (encoding === "br") return zlib.createBrotliDecompress(options);
  if (encoding === "identity" || encoding === "") return undefined;
  throw new FetchError("bad-encoding", `unknown content encoding ${encoding}`, url);
}

/** Reads a body into memory, stopping at `maxBytes` as received and as decompressed. */
async function readBody(
  response: IncomingMessage,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new FetchError("too-large", `the body is ${declared} bytes, over the limit of ${maxBytes}`, url);
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const decompress = decompressor(encoding, maxBytes, url);
  const chunks: Buffer[] = [];
  let kept = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      kept += chunk.length;
      if (kept > maxBytes)
        return done(
          new FetchError("too-large", `the body decompresses to over the limit of ${maxBytes} bytes`, url),
        );
      chunks.push(chunk);
      done();
    },
  });
  const stages: Array<Readable | Transform | Writable> = [response, rawByteCap(maxBytes, url)];
  if (decompress) stages.push(decompress);
  stages.push(sink);
  try {
    await pipeline(stages as unknown as [Readable, Writable], { signal });
  } catch (error) {
    if (error instanceof FetchError) throw error;
    const text = String(error);
    if (/maxOutputLength|ERR_BUFFER_TOO_LARGE|larger than/i.test(text))
      throw new FetchError("too-large", `the body decompresses to over the limit of ${maxBytes} bytes`, url);
    if (decompress && (error as { errno?: number }).errno !== undefined)
      throw new FetchError("bad-encoding", `the ${encoding} body is corrupt`, url);
    throw error;
  }
  return Buffer.concat(chunks, kept);
}

function requestOnce(
  url: URL,
  request: FetchRequest,
  limits: FetchLimits,
  signal: AbortSignal,
): Promise<{ response: IncomingMessage }> {
  const isHttps = url.protocol === "https:";
  const { http: httpAgent, https: httpsAgent } = agentsFor(limits.allowPrivateHosts);
  const headers: Record<string, string> = {
    "user-agent": limits.userAgent,
    accept: request.accept ?? "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
    "accept-encoding": "gzip, deflate, br",
    "accept-language": "id,en;q=0.7",
  };
  if (request.etag) headers["if-none-match"] = request.etag;
  if (request.lastModified) headers["if-modified-since"] = request.lastModified;
  return new Promise((resolve, reject) => {
    const req = (isHttps ? https : http).request(url, {
      method: "GET",
      headers,
      agent: isHttps ? httpsAgent : httpAgent,
      signal,
    });
    req.on("socket", (socket: Socket) => {
      // A second look at the address actually connected to: a reused socket was checked when it opened.
      const check = () => {
        const remote = socket.remoteAddress;
        if (!remote) return;
        const verdict = checkAddress(remote, limits.allowPrivateHosts);
        if (!verdict.ok)
          req.destroy(new RefusedAddress(`${url.hostname} is connected to ${remote}, ${verdict.reason}`));
      };
      if (socket.remoteAddress) check();
      else socket.once("connect", check);
    });
    req.on("response", (response) => resolve({ response }));
    req.on("error", reject);
    req.end();
  });
}

function describeNetworkError(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof RefusedAddress) return new FetchError("refused-address", error.message, url);
  const code = (error as { code?: string }).code;
  const name = (error as { name?: string }).name;
  if (name === "AbortError" || code === "ABORT_ERR")
    return new FetchError("timeout", "no complete answer within the time limit", url);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA")
    return new FetchError("dns", `the host name ${new URL(url).hostname} does not resolve`, url);
  const message = error instanceof Error ? error.message : String(error);
  return new FetchError("connection", `connection failed (${code ?? message})`, url);
}

/**
 * GETs a URL, following redirects, within the limits. Answers every HTTP status (the caller decides what a
 * 404 or a 503 means); throws a FetchError for what is no answer: a refused address, a network failure, a
 * time-out, a body over the cap, a redirect loop.
 */
export async function fetchSafely(
  address: string,
  limits: FetchLimits,
  request: FetchRequest = {},
): Promise<FetchedResponse> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const redirects: string[] = [];
  let current = address;
  for (;;) {
    const checked = checkWebUrl(current);
    if (!checked.ok) throw new FetchError("refused-url", checked.reason, current);
    const url = checked.url;
    const literal = url.hostname.replace(/^\[|\]$/g, "");
    // A literal IP never goes through the DNS look-up, so it is checked here.
    if (isIP(literal)) {
      const verdict = checkAddress(literal, limits.allowPrivateHosts);
      if (!verdict.ok) throw new FetchError("refused-address", `${literal} is ${verdict.reason}`, current);
    }
    let response: IncomingMessage;
    try {
      ({ response } = await requestOnce(url, request, limits, signal));
    } catch (error) {
      throw describeNetworkError(error, current);
    }
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.resume();
      const next = checkWebUrl(location, url);
      if (!next.ok)
        throw new FetchError("refused-url", `redirected to a refused address: ${next.reason}`, current);
      redirects.push(current);
      if (redirects.includes(next.url.href))
        throw new FetchError("redirects", `redirect loop (${redirects.length} hops)`, address);
      if (redirects.length > limits.maxRedirects)
        throw new FetchError("redirects", `more than ${limits.maxRedirects} redirects`, address);
      current = next.url.href;
      continue;
    }
    try {
      const body = await readBody(response, current, limits.maxBytes, signal);
      return { url: current, status, headers: headerValues(response), body, redirects };
    } catch (error) {
      response.destroy();
      throw describeNetworkError(error, current);
    }
  }
}
