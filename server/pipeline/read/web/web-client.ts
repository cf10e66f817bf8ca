/**
 * How Jejaring asks a site for a page: robots.txt first, then the host's queue (one request at a time, with
 * its pause), then the guarded GET of fetch-safely.ts, retried with a growing back-off on 429 and 5xx (a
 * Retry-After the server sends is honoured, within a cap). A conditional GET (ETag / Last-Modified) answers
 * "not modified" without a body. Every request names Jejaring and the operator's contact in its User-Agent.
 */
import {
  fetchSafely,
  FetchError,
  type FetchedResponse,
  type FetchLimits,
  type FetchRequest,
} from "./fetch-safely.ts";
import { HostQueue } from "./host-queue.ts";
import { ROBOTS_MAX_BYTES, RobotsCache, type RobotsFetch } from "./robots.ts";
import { checkWebUrl } from "./web-urls.ts";

export interface WebClientOptions {
  allowPrivateHosts: boolean;
  /** Who runs this crawler: an e-mail address or a URL, put in the User-Agent. */
  contact: string | undefined;
  hostDelayMs: number;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  /** First back-off; each retry doubles it. */
  retryBaseMs: number;
  /** The longest wait a Retry-After may ask for; longer ones are cut to it. */
  maxRetryAfterMs: number;
}

/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = "Jejaring";

export function userAgentOf(contact: string | undefined): string {
  return `Jejaring/0.1 (regional cooperation news reader; +${contact ?? "contact not configured"})`;
}

const RETRIED = new Set([429, 500, 502, 503, 504]);
const REFUSED = new Set(["refused-url", "refused-address", "dns"]);

/** Retry-After as milliseconds: a number of seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export type WebAnswer =
  { kind: "fetched"; response: FetchedResponse } | { kind: "not-modified"; url: string };

export class WebClient {
  readonly hosts: HostQueue;
  private readonly robots: RobotsCache;
  private readonly limits: FetchLimits;

  constructor(readonly options: WebClientOptions) {
    this.hosts = new HostQueue(options.hostDelayMs);
    this.limits = {
      allowPrivateHosts: options.allowPrivateHosts,
      userAgent: userAgentOf(options.contact),
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxBytes,
      maxRedirects: options.maxRedirects,
    };
    this.robots = new RobotsCache(ROBOTS_AGENT, (origin) => this.fetchRobots(origin));
  }

  private async fetchRobots(origin: string): Promise<RobotsFetch> {
    try {
      const response = await this.hosts.run(origin, () =>
        fetchSafely(
          `${origin}/robots.txt`,
          { ...this.limits, maxBytes: ROBOTS_MAX_BYTES * 4 },
          { accept: "text/plain" },
        ),
      );
      return { status: response.status, text: response.body.toString("utf8") };
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      // An address that may not be fetched at all is refused as such, not as a robots.txt problem.
      if (REFUSED.has(error.failure)) throw error;
      if (error.failure === "too-large") return { status: 200, text: "" };
      return { error: error.message };
    }
  }

  /**
   * GETs a page politely. Answers the response (2xx) or "not modified" (304 to a conditional GET); throws a
   * FetchError saying why there is neither: robots.txt, a refused address, the network, a status.
   */
  async get(address: string, request: FetchRequest = {}): Promise<WebAnswer> {
    const checked = checkWebUrl(address);
    if (!checked.ok) throw new FetchError("refused-url", checked.reason, address);
    const origin = checked.url.origin;
    const rules = await this.robots.rulesFor(origin);
    this.hosts.setCrawlDelay(origin, rules.crawlDelaySeconds);
    if (!rules.isAllowed(checked.url.href)) {
      const why = rules.unreachable
        ? `robots.txt could not be read (${rules.unreachable}), so nothing is fetched from ${origin} for now`
        : "robots.txt of the site disallows this address";
      throw new FetchError("robots", why, address);
    }
    for (let attempt = 0; ; attempt++) {
      const response = await this.hosts.run(origin, () =>
        fetchSafely(checked.url.href, this.limits, request),
      );
      if (response.status === 304) return { kind: "not-modified", url: response.url };
      if (response.status >= 200 && response.status < 300) return { kind: "fetched", response };
      if (!RETRIED.has(response.status) || attempt >= this.options.retries)
        throw new FetchError(
          "status",
          `the site answered ${response.status}${attempt > 0 ? ` after ${attempt + 1} tries` : ""}`,
          address,
          response.status,
        );
      const asked = retryAfterMs(response.headers["retry-after"]);
      const backoff = this.options.retryBaseMs * 2 ** attempt;
      const wait = Math.min(this.options.maxRetryAfterMs, Math.max(asked ?? 0, backoff));
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** The client's options from the app's configuration (server/config.ts, IMPORT_*). */
export function webClientOptionsFrom(config: {
  IMPORT_ALLOW_PRIVATE_HOSTS: boolean;
  IMPORT_CONTACT?: string | undefined;
  IMPORT_HOST_DELAY_MS: number;
  IMPORT_TIMEOUT_MS: number;
  IMPORT_MAX_BYTES: number;
  IMPORT_MAX_REDIRECTS: number;
  IMPORT_RETRIES: number;
  IMPORT_RETRY_BASE_MS: number;
}): WebClientOptions {
  return {
    allowPrivateHosts: config.IMPORT_ALLOW_PRIVATE_HOSTS,
    contact: config.IMPORT_CONTACT,
    hostDelayMs: config.IMPORT_HOST_DELAY_MS,
    timeoutMs: config.IMPORT_TIMEOUT_MS,
    maxBytes: config.IMPORT_MAX_BYTES,
    maxRedirects: config.IMPORT_MAX_REDIRECTS,
    retries: config.IMPORT_RETRIES,
    retryBaseMs: config.IMPORT_RETRY_BASE_MS,
    maxRetryAfterMs: 120_000,
  };
}
