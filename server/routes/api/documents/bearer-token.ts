/**
 * The write guard: a preParsing hook that lets a request through only with `Authorization: Bearer
 * $API_TOKEN`. preParsing, not onRequest: it must run after the rate limit (an onRequest hook appended to
 * the route), so guessing tokens spends the write budget, and before the body is read, so an
 * unauthenticated upload costs nothing.
 *
 * Without API_TOKEN configured, writes are refused with 403 and how to enable them. The token is compared
 * in constant time: both sides are hashed to SHA-256 first, so `timingSafeEqual` always compares 32 bytes
 * and the time taken reveals neither the token's content nor its length.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { preParsingAsyncHookHandler } from "fastify";
import { ApiError } from "../../../errors.ts";

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

export function requireBearerToken(token: string | undefined): preParsingAsyncHookHandler {
  const expected = token === undefined ? undefined : digest(token);
  return async (request, reply, payload) => {
    if (!expected) {
      throw new ApiError(
        403,
        "JJ_WRITES_DISABLED",
        "Writes are disabled on this server. To enable them, set API_TOKEN (16 characters or more) in its " +
          "environment, restart it, and send the token as 'Authorization: Bearer <token>'.",
      );
    }
    const match = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? "");
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
      void reply.header("www-authenticate", 'Bearer realm="jejaring"');
      throw new ApiError(
        401,
        "JJ_TOKEN",
        match ? "The bearer token is not valid." : "Send the write token as 'Authorization: Bearer <token>'.",
      );
    }
    return payload;
  };
}
