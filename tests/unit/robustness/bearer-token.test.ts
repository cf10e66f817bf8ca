/**
 * The write token is compared in constant time: whatever is sent (right, wrong by one character, shorter,
 * longer, empty), the comparison is one `timingSafeEqual` over two SHA-256 digests of 32 bytes, so neither
 * where a guess first differs nor how long the token is can be read from the time an answer takes. Checked
 * on the comparison itself (a spy on node:crypto), since wall-clock timing is too noisy on a shared machine
 * to prove anything.
 */
import type * as Crypto from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { beforeEach, describe, expect, it, vi } from "vitest";

const compared = vi.hoisted(() => [] as Array<[number, number]>);
vi.mock("node:crypto", async (importOriginal) => {
  const crypto = await importOriginal<typeof Crypto>();
  return {
    ...crypto,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compared.push([a.byteLength, b.byteLength]);
      return crypto.timingSafeEqual(a, b);
    },
  };
});

const { requireBearerToken } = await import("../../../server/routes/api/documents/bearer-token.ts");

const TOKEN = "s3cret-write-token-0123456789abcdef";

async function check(authorization: string | undefined): Promise<number> {
  const hook = requireBearerToken(TOKEN);
  const request = { headers: authorization === undefined ? {} : { authorization } } as FastifyRequest;
  const reply = { header: () => reply } as unknown as FastifyReply;
  try {
    await hook.call({} as never, request, reply, "payload" as never);
    return 200;
  } catch (error) {
    return (error as { statusCode: number }).statusCode;
  }
}

beforeEach(() => {
  compared.length = 0;
});

describe("the write token check", () => {
  it("accepts the token and refuses near misses, shorter and longer guesses", async () => {
    expect(await check(`Bearer ${TOKEN}`)).toBe(200);
    for (const guess of [
      TOKEN.slice(0, -1) + "X",
      "X" + TOKEN.slice(1),
      TOKEN.slice(0, 8),
      TOKEN + "0",
      TOKEN.repeat(40),
      "a",
    ]) {
      expect(await check(`Bearer ${guess}`), guess).toBe(401);
    }
  });

  it("compares every guess as two 32-byte digests, whatever its length", async () => {
    for (const guess of [TOKEN, TOKEN.slice(0, 3), TOKEN.repeat(100), "x"]) await check(`Bearer ${guess}`);
    expect(compared).toEqual(Array.from({ length: 4 }, () => [32, 32]));
  });

  it("refuses a missing or malformed header without comparing anything", async () => {
    for (const header of [undefined, "", "Basic abc", "Bearer", `Token ${TOKEN}`]) {
      expect(await check(header), String(header)).toBe(401);
    }
    expect(compared).toEqual([]);
  });

  it("refuses every write with 403 when no token is configured", async () => {
    const hook = requireBearerToken(undefined);
    const request = { headers: { authorization: `Bearer ${TOKEN}` } } as unknown as FastifyRequest;
    await expect(
      hook.call({} as never, request, {} as FastifyReply, "payload" as never),
    ).rejects.toMatchObject({
      statusCode: 403,
      code: "JJ_WRITES_DISABLED",
    });
  });
});
