/**
 * What a web address may be before Jejaring fetches it, and the one form it is known by afterwards.
 *
 * Why: the server fetches addresses that users name (the explorer's "Tambah dari URL", feeds, sitemaps), so
 * only http(s) without credentials is accepted; and the same article reached through two links (tracking
 * parameters, a fragment, an upper-case host, the default port spelled out) must be recognised as one, so
 * every stored or compared URL goes through `identityUrl` first.
 */

/** Query parameters that say where a click came from, never which page it is. */
const TRACKING_PARAMETERS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "ref",
  "ref_src",
  "amp",
  "share",
  "s_cid",
  "spm",
]);
const TRACKING_PREFIXES = ["utm_", "pk_", "mtm_", "hsa_"];

export const MAX_URL_LENGTH = 2_048;

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** Parses an address a user or a page gave, relative to `base` when given; refuses what is not fetchable. */
export function checkWebUrl(text: string, base?: string | URL): UrlCheck {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, reason: "empty address" };
  if (trimmed.length > MAX_URL_LENGTH)
    return { ok: false, reason: `address longer than ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return { ok: false, reason: "not a web address (http:// or https://)" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, reason: `only http and https addresses are fetched, not ${url.protocol}` };
  if (url.username || url.password)
    return { ok: false, reason: "addresses with a user name or password are not fetched" };
  if (!url.hostname) return { ok: false, reason: "the address names no host" };
  return { ok: true, url };
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The form an article is known by: no fragment, no tracking parameters, the remaining parameters sorted,
 * host in lower case (the URL parser does that and drops a default port). The path is kept as is, trailing
 * slash included: servers differ on whether /a and /a/ are one page.
 */
export function identityUrl(url: string | URL): string {
  const parsed = new URL(url);
  parsed.hash = "";
  const kept = [...parsed.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : "";
  return parsed.href;
}

/** The host a politeness queue and robots.txt belong to: scheme, host and port. */
export function originOf(url: URL): string {
  return url.origin;
}
