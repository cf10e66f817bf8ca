/**
 * robots.txt, per origin, read once a day (RFC 9309): what a site asks crawlers not to fetch, and how long to
 * wait between requests (Crawl-delay, which the host queue honours).
 *
 * As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that cannot be read (5xx, a
 * network failure) forbids everything for now, since the site may be down or refusing crawlers; only the
 * first 500 KiB are read. robots-parser does the matching (groups by user agent, longest match, * and $).
 */
// A CommonJS module whose export is the function: its namespace's default, for Node and TypeScript alike.
import * as robotsModule from "robots-parser";
interface ParsedRobots {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
}
// Its type file opens with a bare `declare module`, which hides the call signature from TypeScript.
const robotsParser = robotsModule.default as unknown as (url: string, text: string) => ParsedRobots;

export const ROBOTS_MAX_BYTES = 500 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A robots.txt that could not be read is asked for again sooner than a day. */
const UNREACHABLE_RETRY_MS = 10 * 60 * 1000;

export interface RobotsRules {
  isAllowed(url: string): boolean;
  crawlDelaySeconds: number | undefined;
  /** Why everything is refused, when the file could not be read. */
  unreachable?: string;
}

/** What fetching a robots.txt gave: a status and text, or a failure with its reason. */
export type RobotsFetch = { status: number; text: string } | { error: string };

export function parseRobots(origin: string, fetched: RobotsFetch, userAgent: string): RobotsRules {
  if ("error" in fetched)
    return { isAllowed: () => false, crawlDelaySeconds: undefined, unreachable: fetched.error };
  if (fetched.status >= 500)
    return {
      isAllowed: () => false,
      crawlDelaySeconds: undefined,
      unreachable: `robots.txt answered ${fetched.status}`,
    };
  if (fetched.status >= 400 || fetched.status < 200)
    return { isAllowed: () => true, crawlDelaySeconds: undefined };
  const robots = robotsParser(`${origin}/robots.txt`, fetched.text.slice(0, ROBOTS_MAX_BYTES));
  return {
    // undefined: the URL is not on this origin; the caller asks the right origin's rules.
    isAllowed: (url) => robots.isAllowed(url, userAgent) !== false,
    crawlDelaySeconds: robots.getCrawlDelay(userAgent),
  };
}

export class RobotsCache {
  private readonly rules = new Map<string, { rules: Promise<RobotsRules>; until: number }>();

  constructor(
    private readonly userAgent: string,
    private readonly fetchRobots: (origin: string) => Promise<RobotsFetch>,
  ) {}

  rulesFor(origin: string): Promise<RobotsRules> {
    const cached = this.rules.get(origin);
    if (cached && cached.until > Date.now()) return cached.rules;
    const rules = this.fetchRobots(origin).then((fetched) => parseRobots(origin, fetched, this.userAgent));
    const entry = { rules, until: Date.now() + DAY_MS };
    rules.then(
      (r) => {
        if (r.unreachable) entry.until = Date.now() + UNREACHABLE_RETRY_MS;
      },
      // A refused origin (its address, its name) is not remembered: the caller reports it each time.
      () => this.rules.delete(origin),
    );
    this.rules.set(origin, entry);
    return rules;
  }
}
