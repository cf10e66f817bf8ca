/**
 * Shapes every route shares: the error body (one shape for every 4xx/5xx the API answers) and small
 * reusable pieces. Browser-safe: imports only zod.
 */
import { z } from "zod";

export const ErrorIssueSchema = z.object({
  path: z.string().describe("Where the problem is, e.g. querystring.limit"),
  message: z.string(),
});

export const ErrorBodySchema = z
  .object({
    statusCode: z.number().int(),
    code: z.string().describe("Stable machine-readable code, e.g. JJ_NOT_FOUND, JJ_VALIDATION"),
    error: z.string().describe("The HTTP reason phrase"),
    message: z.string().describe("What was wrong, for a person"),
    details: z.array(ErrorIssueSchema).optional(),
  })
  .meta({ id: "ErrorBody" });

export type ErrorBody = z.infer<typeof ErrorBodySchema>;
