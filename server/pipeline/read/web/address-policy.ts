/**
 * Which IP addresses Jejaring may connect to when it fetches a page.
 *
 * Why: a server that fetches what users name can be pointed at itself, at the machine's other services or at
 * a cloud's metadata endpoint (server-side request forgery). Only public unicast addresses are reachable by
 * default; loopback, private, link-local, unique-local, carrier-grade NAT and the special ranges are refused,
 * including IPv6 forms that embed an IPv4 address (::ffff:127.0.0.1, 64:ff9b::/96, 6to4, Teredo). With
 * IMPORT_ALLOW_PRIVATE_HOSTS=true (tests, an intranet) private ranges are allowed, but never the metadata
 * endpoints, the unspecified address or multicast. ipaddr.js classifies the ranges (its tables follow the
 * IANA special-purpose registries), so no CIDR list is kept here.
 */
import ipaddr from "ipaddr.js";

/** Cloud metadata services, refused even when private hosts are allowed. */
const METADATA_ADDRESSES = new Set(["169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254"]);

/** Ranges a private-hosts override opens: a machine's own and its network's addresses. */
const PRIVATE_RANGES = new Set(["loopback", "private", "linkLocal", "uniqueLocal", "carrierGradeNat"]);

/** `reason` says what kind of address it is ("a loopback address ..."), for "X is <reason>". */
export type AddressVerdict = { ok: true } | { ok: false; reason: string };

export function checkAddress(address: string, allowPrivate: boolean): AddressVerdict {
  if (!ipaddr.isValid(address)) return { ok: false, reason: `not an IP address: ${address}` };
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  const normal = parsed.toString();
  if (METADATA_ADDRESSES.has(normal)) return { ok: false, reason: "a cloud metadata address" };
  const range = parsed.range();
  if (range === "unicast") return { ok: true };
  if (allowPrivate && PRIVATE_RANGES.has(range)) return { ok: true };
  return {
    ok: false,
    reason: `a ${describe(range)} address${PRIVATE_RANGES.has(range) ? " (set IMPORT_ALLOW_PRIVATE_HOSTS=true to allow it)" : ""}`,
  };
}

function describe(range: string): string {
  switch (range) {
    case "loopback":
      return "loopback";
    case "private":
      return "private";
    case "linkLocal":
      return "link-local";
    case "uniqueLocal":
      return "unique-local (private IPv6)";
    case "carrierGradeNat":
      return "carrier-grade NAT";
    case "unspecified":
      return "unspecified";
    case "multicast":
      return "multicast";
    case "broadcast":
      return "broadcast";
    default:
      return `special-purpose (${range})`;
  }
}
