/**
 * Fastify's serializer compiler for our zod response schemas: each schema becomes JSON Schema once, at
 * start, and fast-json-stringify compiles that into a function that writes exactly the declared fields.
 *
 * Why not @fastify/type-provider-zod's serializer: it runs the whole zod check on every answer and then
 * JSON.stringify, several times the cost of this for a large answer on the API's single thread
 * (docs/benchmarks.md, API). The zod schemas stay the single source of the shapes: the JSON
 * Schema is derived from them, and fast-json-stringify, like zod's output, drops undeclared fields and
 * refuses an answer that lacks a required one.
 *
 * With `checked`, every answer is also encoded by zod and serialised by JSON.stringify, and any difference
 * in the JSON value is an error: the test suite runs so (RESPONSE_CHECKS=on), so every answer it sees proves both the shape
 * and that the compiled serializer writes what zod would.
 */
import { ResponseSerializationError } from "@fastify/type-provider-zod";
import { isDeepStrictEqual } from "node:util";
import fastJson from "fast-json-stringify";
import { z } from "zod";

type Serialize = (data: unknown) => string;
type JsonSchema = Record<string, unknown>;

/** A route's response schema as Fastify hands it over: the zod schema, or wrapped in `properties`. */
function zodSchemaOf(schema: unknown): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  const wrapped = (schema as { properties?: unknown } | null)?.properties;
  if (wrapped instanceof z.ZodType) return wrapped;
  throw new Error(`response schema is not a zod schema: ${JSON.stringify(schema)}`);
}

const isNullType = (branch: unknown) =>
  typeof branch === "object" && branch !== null && (branch as JsonSchema).type === "null";

/**
 * `anyOf: [{type: X, ...}, {type: "null"}]` as `type: [X, "null"]` (keeping X's items or properties):
 * fast-json-stringify decides an anyOf by validating the value against each branch, but a type list by
 * `typeof`. Numeric bounds only constrain input, so dropping them changes no output.
 */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (typeof node !== "object" || node === null) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) out[key] = simplify(value);
  const anyOf = out.anyOf;
  if (Array.isArray(anyOf) && anyOf.length === 2 && anyOf.some(isNullType)) {
    const {
      minimum: _min,
      maximum: _max,
      ...other
    } = anyOf.find((branch) => !isNullType(branch)) as JsonSchema;
    if (typeof other.type === "string" && !("anyOf" in other) && !("$ref" in other)) {
      delete out.anyOf;
      Object.assign(out, other, { type: [other.type, "null"] });
    }
  }
  return out;
}

export function toResponseJsonSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: "output",
    target: "draft-7",
    unrepresentable: "any",
    reused: "inline",
  }) as JsonSchema;
  delete json.$schema;
  return simplify(json) as JsonSchema;
}

export interface ResponseSerializerOptions {
  /** Check every answer against zod and against JSON.stringify too (tests; costs what this file saves). */
  checked: boolean;
}

// One compiled function per schema: many routes share the error schemas.
const compiled = new WeakMap<z.ZodType, Serialize>();

/** The compiled serializer of a zod schema (compiled once). */
export function serializerOf(zodSchema: z.ZodType): Serialize {
  let serialize = compiled.get(zodSchema);
  if (!serialize) {
    serialize = fastJson(
      toResponseJsonSchema(zodSchema) as unknown as Parameters<typeof fastJson>[0],
    ) as Serialize;
    compiled.set(zodSchema, serialize);
  }
  return serialize;
}

export function createResponseSerializerCompiler({ checked }: ResponseSerializerOptions) {
  return ({ schema, method, url }: { schema: unknown; method: string; url: string }): Serialize => {
    const zodSchema = zodSchemaOf(schema);
    const serialize = serializerOf(zodSchema);
    if (!checked) return serialize;
    return (data) => assertSameJson(zodSchema, data, () => serialize(data), method, url);
  };
}

/**
 * The text `write` gives if it is the JSON value zod encodes `data` to (optional fields may come in another order), else
 * an error: the check of `checked` serializers, also used by a route that writes its answer's JSON itself.
 */
export function assertSameJson(
  zodSchema: z.ZodType,
  data: unknown,
  write: string | (() => string),
  method: string,
  url: string,
): string {
  const result = z.safeEncode(zodSchema, data as never);
  if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error });
  // Written only after zod accepted the data, so a wrong answer is reported as zod sees it.
  const text = typeof write === "string" ? write : write();
  if (!isDeepStrictEqual(JSON.parse(text), JSON.parse(JSON.stringify(result.data)))) {
    const expected = JSON.stringify(result.data);
    throw new Error(
      `${method} ${url}: the answer was written as ${text.slice(0, 300)}, zod ${expected.slice(0, 300)}`,
    );
  }
  return text;
}
