/**
 * Request URLs reach the log with the value of any credential-looking query parameter replaced, whatever
 * its spelling or escaping, while ordinary parameters (the search text) stay readable for debugging.
 */
import { describe, expect, it } from "vitest";
import { loggableUrl } from "../../../server/server.ts";

describe("loggableUrl", () => {
  it("replaces the values of credential-looking parameters only", () => {
    expect(loggableUrl("/api/search?q=bekasi&limit=5")).toBe("/api/search?q=bekasi&limit=5");
    expect(loggableUrl("/api/x?token=abc&q=1&Password=p%20w&api_key=k&access%5Ftoken=t")).toBe(
      "/api/x?token=[redacted]&q=1&Password=[redacted]&api_key=[redacted]&access%5Ftoken=[redacted]",
    );
    expect(loggableUrl("/api/x?authorization=Bearer+abc")).toBe("/api/x?authorization=[redacted]");
  });

  it("leaves URLs without a query, and malformed escapes, as they are", () => {
    expect(loggableUrl("/api/nodes/32.75")).toBe("/api/nodes/32.75");
    expect(loggableUrl("/api/x?%E0%A4%A=1")).toBe("/api/x?%E0%A4%A=1");
  });
});
