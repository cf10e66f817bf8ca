/**
 * Driver failures become the API's documented answers, never a 500: an unreachable Neo4j and transient
 * errors are 503 JJ_NEO4J_UNAVAILABLE, a query past its time-out is 503 JJ_QUERY_TIMEOUT (even when Neo4j
 * reports it as a transient lock error), an exhausted connection pool is 503 JJ_OVERLOADED, all with
 * Retry-After; and an unknown error is a 500 whose body says nothing of its cause.
 */
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ApiError, isDriverFault, toErrorBody } from "../../../server/errors.ts";

const newError = (message: string, code = "N/A") =>
  new Neo4jError(message, code, "50N42", "error: general processing exception");
const mapped = (error: unknown) => toErrorBody(error, 5);

describe("toErrorBody", () => {
  it("maps an unreachable Neo4j to 503 with Retry-After", () => {
    for (const code of [
      "ServiceUnavailable",
      "SessionExpired",
      "Neo.TransientError.General.DatabaseUnavailable",
    ]) {
      const result = mapped(newError("gone", code));
      expect(result.body, code).toMatchObject({ statusCode: 503, code: "JJ_NEO4J_UNAVAILABLE" });
      expect(result.headers["retry-after"]).toBe("5");
    }
  });

  it("maps a connection Neo4j reset mid-handshake (a ProtocolError) to 503, other protocol errors to 500", () => {
    const reset = mapped(
      newError(
        "Failed to connect to server. Please ensure that your database is listening on the correct host " +
          "and port and that you have compatible encryption settings both on Neo4j server and driver. " +
          "Caused by: read ECONNRESET",
        "ProtocolError",
      ),
    );
    expect(reset.body).toMatchObject({ statusCode: 503, code: "JJ_NEO4J_UNAVAILABLE" });
    expect(reset.headers["retry-after"]).toBe("5");
    expect(mapped(newError("Unknown Bolt message 0x7f", "ProtocolError")).body.statusCode).toBe(500);
  });

  it("maps a driver fault to 503 when a probe then finds Neo4j unreachable, to 500 when Neo4j answers", () => {
    // What a query in flight gets when Neo4j is killed under it (seen in CI: two 500s among 48 reads).
    for (const fault of [
      newError("Connection was closed by server", "ProtocolError"),
      newError("InvalidState: Result stream finished without Summary", "ProtocolError"),
      newError("something the driver never said before"),
    ]) {
      expect(isDriverFault(fault)).toBe(true);
      const outage = toErrorBody(fault, 5, { neo4jReachable: false });
      expect(outage.body).toMatchObject({ statusCode: 503, code: "JJ_NEO4J_UNAVAILABLE" });
      expect(outage.headers["retry-after"]).toBe("5");
      expect(toErrorBody(fault, 5, { neo4jReachable: true }).body.statusCode).toBe(500);
      expect(toErrorBody(fault, 5).body.statusCode).toBe(500);
    }
    // Neo4j's own answers are never re-read as outages, whatever the probe says.
    const syntax = newError("Invalid input", "Neo.ClientError.Statement.SyntaxError");
    expect(isDriverFault(syntax)).toBe(false);
    expect(toErrorBody(syntax, 5, { neo4jReachable: false }).body.statusCode).toBe(500);
  });

  it("maps a query past its time-out to 503 JJ_QUERY_TIMEOUT, whichever way Neo4j reports it", () => {
    for (const code of [
      "Neo.ClientError.Transaction.TransactionTimedOut",
      "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      "Neo.TransientError.Transaction.LockClientStopped",
    ]) {
      const result = mapped(newError("slow", code));
      expect(result.body, code).toMatchObject({ statusCode: 503, code: "JJ_QUERY_TIMEOUT" });
      expect(result.body.message).toMatch(/longer than the server allows/);
      expect(result.headers["retry-after"]).toBe("5");
    }
  });

  it("maps an exhausted connection pool to 503 JJ_OVERLOADED, not a server fault", () => {
    const result = mapped(
      newError("Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 64"),
    );
    expect(result.body).toMatchObject({ statusCode: 503, code: "JJ_OVERLOADED" });
    expect(result.headers["retry-after"]).toBe("5");
    expect(result.serverFault).toBe(false);
  });

  it("calls the 503s the server gives on purpose (Neo4j unreachable, load shed) no server fault", () => {
    for (const code of ["JJ_NEO4J_UNAVAILABLE", "JJ_OVERLOADED"]) {
      const result = mapped(new ApiError(503, code, "retry shortly"));
      expect(result.body).toMatchObject({ statusCode: 503, code });
      expect(result.serverFault, code).toBe(false);
    }
    expect(mapped(new ApiError(500, "JJ_INTERNAL", "broken")).serverFault).toBe(true);
  });

  it("answers anything unknown with a generic 500 that leaks nothing", () => {
    const result = mapped(new Error("password=hunter2 at bolt://10.0.0.1"));
    expect(result.body).toEqual({
      statusCode: 500,
      code: "JJ_INTERNAL",
      error: "Internal Server Error",
      message: "Internal server error.",
    });
    expect(result.serverFault).toBe(true);
  });
});
