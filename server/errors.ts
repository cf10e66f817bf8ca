/**
 * One error vocabulary for the whole API. Every error body is { statusCode, code, error, message, details? }.
 *
 * - ApiError is what our own code throws for domain outcomes (not found, bad token, ...).
 * - toErrorBody() maps everything else: zod validation issues (400 with the list of bad fields), Fastify's
 *   own client errors (malformed JSON, body too large, wrong content type), and Neo4j driver errors by their
 *   code (unreachable -> 503 with Retry-After, transaction timeout -> 503, constraint -> 409). Anything
 *   unknown is a 500 with a generic message; the details go to the log, never to the client.
 */
import { STATUS_CODES } from "node:http";
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from "@fastify/type-provider-zod";
import type { FastifyError } from "fastify";
import { Neo4jError } from "neo4j-driver";
import type { ErrorBody } from "./schemas/common.ts";

export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorBody["details"],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, "JJ_NOT_FOUND", `${what} was not found.`);

export interface MappedError {
  body: ErrorBody;
  headers: Record<string, string>;
  /** True when the client did nothing wrong and the log needs the full error. */
  serverFault: boolean;
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * A connection that Neo4j reset while the driver was still opening it (the server died mid-handshake) is
 * reported as a ProtocolError, not ServiceUnavailable; its message says it could not connect.
 */
function isConnectionLost(error: Neo4jError): boolean {
  return (
    error.code === "ProtocolError" &&
    /Failed to connect to server|ECONNRESET|ECONNREFUSED/.test(error.message)
  );
}
const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.LockClientStopped",
]);

/** Neo4j answered that the query ran out of its time: busy, not gone. */
export function isQueryTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && TIMEOUT_CODES.has(error.code);
}

function body(statusCode: number, code: string, message: string, details?: ErrorBody["details"]): ErrorBody {
  return {
    statusCode,
    code,
    error: STATUS_CODES[statusCode] ?? "Error",
    message,
    ...(details ? { details } : {}),
  };
}

/**
 * A failure of the driver itself rather than an answer of Neo4j (whose codes all start with "Neo."):
 * a Bolt conversation cut short ("Connection was closed by server", "Result stream finished without
 * Summary", both ProtocolErrors) looks like this when Neo4j dies mid-query. Whether it was an outage only
 * a probe of Neo4j can tell: the error handler asks, and passes the answer to toErrorBody.
 */
export function isDriverFault(error: unknown): boolean {
  return error instanceof Neo4jError && !error.code.startsWith("Neo.") && !UNAVAILABLE_CODES.has(error.code);
}

export interface ErrorContext {
  /** False when a probe made after a driver fault found Neo4j unreachable: the fault was an outage. */
  neo4jReachable?: boolean;
}

export function toErrorBody(
  error: unknown,
  retryAfterSeconds: number,
  context: ErrorContext = {},
): MappedError {
  if (error instanceof ApiError) {
    return {
      body: body(error.statusCode, error.code, error.message, error.details),
      headers: {},
      // A 503 is an answer given on purpose (Neo4j unreachable, load shed), not a fault of this server:
      // logged as a warning without a stack, not once per request as an error.
      serverFault: error.statusCode >= 500 && error.statusCode !== 503,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as { validationContext?: string }).validationContext ?? "request";
    const details = error.validation.map((issue) => {
      const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
      return { path: path ? `${where}.${path}` : where, message: issue.message ?? "is invalid" };
    });
    const summary = details.map((d) => `${d.path}: ${d.message}`).join("; ");
    return {
      body: body(400, "JJ_VALIDATION", `Invalid request: ${summary}`, details),
      headers: {},
      serverFault: false,
    };
  }
  if (error instanceof Neo4jError) {
    // The driver's own pool was exhausted for connectionAcquisitionTimeout: too many requests at once for
    // the connections it may open. The client did nothing wrong and retrying later works: shed, not fail.
    if (error.message.startsWith("Connection acquisition timed out")) {
      return {
        body: body(503, "JJ_OVERLOADED", "The server is under heavy load; retry shortly."),
        headers: { "retry-after": String(retryAfterSeconds) },
        serverFault: false,
      };
    }
    if (TIMEOUT_CODES.has(error.code)) {
      return {
        body: body(
          503,
          "JJ_QUERY_TIMEOUT",
          "The query took longer than the server allows; narrow it and retry.",
        ),
        headers: { "retry-after": String(retryAfterSeconds) },
        serverFault: false,
      };
    }
    if (
      UNAVAILABLE_CODES.has(error.code) ||
      error.code.startsWith("Neo.TransientError.") ||
      isConnectionLost(error) ||
      (context.neo4jReachable === false && isDriverFault(error))
    ) {
      return {
        body: body(503, "JJ_NEO4J_UNAVAILABLE", "The graph database is unreachable; retry shortly."),
        headers: { "retry-after": String(retryAfterSeconds) },
        serverFault: false,
      };
    }
    if (error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      return {
        body: body(409, "JJ_CONFLICT", "The change conflicts with stored data."),
        headers: {},
        serverFault: false,
      };
    }
  }
  if (isResponseSerializationError(error)) {
    return { body: body(500, "JJ_INTERNAL", "Internal server error."), headers: {}, serverFault: true };
  }
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return {
      body: body(status, fastifyError.code ?? "JJ_BAD_REQUEST", fastifyError.message ?? "Bad request."),
      headers: {},
      serverFault: false,
    };
  }
  return { body: body(500, "JJ_INTERNAL", "Internal server error."), headers: {}, serverFault: true };
}
