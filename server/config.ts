/**
 * The app's whole configuration, read once from the environment and validated by zod.
 *
 * Why one module: every knob a user can turn is listed here with its default, so a wrong value stops
 * start-up with a message that names the variable and what it accepts, instead of failing later and far
 * away (a port of "80a" surfacing as a socket error, a password of "" as an auth failure).
 */
import { resolve } from "node:path";
import { z } from "zod";

const port = z.coerce
  .number({ error: "must be a whole number from 1 to 65535" })
  .int("must be a whole number from 1 to 65535")
  .min(1, "must be a whole number from 1 to 65535")
  .max(65535, "must be a whole number from 1 to 65535");

/** Sizes such as "512m" or "2g", as Neo4j and the JVM write them. */
const memorySize = z
  .string()
  .regex(/^\d+[kmg]$/i, 'must be a size such as "512m" or "2g"')
  .transform((value) => value.toLowerCase());

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value));

const onOff = z.enum(["on", "off"], { error: "must be on or off" });

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const ConfigSchema = z
  .object({
    PORT: port.default(8080),
    HOST: z.string().min(1, "must name an interface, e.g. 127.0.0.1").default("127.0.0.1"),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
    DATA_DIR: z.string().min(1, "must be a folder path").default(".data"),
    EMBEDDED_NEO4J_PORT: port.default(7687),
    NEO4J_HEAP: memorySize.default("2g"),
    NEO4J_PAGECACHE: memorySize.default("1g"),
    NEO4J_URI: optionalText.pipe(
      z
        .string()
        .regex(
          /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/,
          "must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI",
        )
        .optional(),
    ),
    NEO4J_USER: z.string().min(1).default("neo4j"),
    NEO4J_PASSWORD: optionalText.pipe(z.string().min(8, "must be at least 8 characters long").optional()),
    NEO4J_DATABASE: optionalText,
    API_TOKEN: optionalText.pipe(z.string().min(16, "must be at least 16 characters long").optional()),
    QUERY_TIMEOUT_MS: z.coerce
      .number({ error: "must be a number of milliseconds" })
      .int()
      .min(100, "must be at least 100 ms")
      .max(600_000, "must be at most 600000 ms")
      .default(5_000),
    CORS_ORIGIN: optionalText,
    RATE_LIMIT_PER_MINUTE: z.coerce
      .number({ error: "must be a whole number of requests per minute" })
      .int()
      .min(1, "must be at least 1")
      .default(6_000),
    API_WORKERS: z.coerce
      .number({ error: "must be a whole number of processes" })
      .int()
      .min(1, "must be at least 1")
      .max(64, "must be at most 64")
      .default(1),
    RESPONSE_CACHE_MB: z.coerce
      .number({ error: "must be a number of megabytes" })
      .int()
      .min(0, "must be 0 (off) or more")
      .max(4_096, "must be at most 4096")
      .default(64),
    // What the API keeps in memory, keyed by the graph's version (README, Configuration); off: Neo4j answers.
    SEARCH_INDEX: onOff.default("on"),
    PATH_INDEX: onOff.default("on"),
    PARTNER_INDEX: onOff.default("on"),
    PEER_INDEX: onOff.default("on"),
    STATS_CACHE: onOff.default("on"),
    LEARN_FROM_INDEX: onOff.default("on"),
    EVENT_INDEX: onOff.default("on"),
    // on: every answer is also checked against its zod schema (the test suite runs so); costs API CPU.
    RESPONSE_CHECKS: onOff.default("off"),
    INDEX_REBUILD_SECONDS: z.coerce
      .number({ error: "must be a number of seconds" })
      .int()
      .min(1, "must be at least 1 second")
      .max(86_400, "must be at most 86400 seconds")
      .default(30),
    BODY_LIMIT_BYTES: z.coerce
      .number({ error: "must be a number of bytes" })
      .int()
      .min(1_024, "must be at least 1024 bytes")
      .max(64 * 1024 ** 2, "must be at most 64 MiB")
      .default(2 * 1024 ** 2),
    // Importing articles from the web (npm run ingest -- URL, npm run feeds, POST /api/documents/import).
    IMPORT_ALLOW_PRIVATE_HOSTS: z
      .enum(["true", "false"], { error: "must be true or false" })
      .default("false")
      .transform((value) => value === "true"),
    IMPORT_CONTACT: optionalText.pipe(
      z
        .string()
        .max(200, "must be at most 200 characters")
        .regex(/^[^\s()]+$/, "must be one e-mail address or URL, without spaces or parentheses")
        .optional(),
    ),
    IMPORT_HOST_DELAY_MS: z.coerce
      .number({ error: "must be a number of milliseconds" })
      .int()
      .min(0, "must be 0 or more")
      .max(600_000, "must be at most 600000 ms")
      .default(1_000),
    IMPORT_TIMEOUT_MS: z.coerce
      .number({ error: "must be a number of milliseconds" })
      .int()
      .min(1_000, "must be at least 1000 ms")
      .max(300_000, "must be at most 300000 ms")
      .default(20_000),
    IMPORT_MAX_BYTES: z.coerce
      .number({ error: "must be a number of bytes" })
      .int()
      .min(65_536, "must be at least 65536 bytes")
      .max(64 * 1024 ** 2, "must be at most 64 MiB")
      .default(5 * 1024 ** 2),
    IMPORT_MAX_REDIRECTS: z.coerce
      .number({ error: "must be a whole number" })
      .int()
      .min(0, "must be 0 or more")
      .max(20, "must be at most 20")
      .default(5),
    IMPORT_RETRIES: z.coerce
      .number({ error: "must be a whole number" })
      .int()
      .min(0, "must be 0 or more")
      .max(10, "must be at most 10")
      .default(3),
    IMPORT_RETRY_BASE_MS: z.coerce
      .number({ error: "must be a number of milliseconds" })
      .int()
      .min(0, "must be 0 or more")
      .max(60_000, "must be at most 60000 ms")
      .default(1_000),
    IMPORT_SOURCES: z.string().min(1, "must be a file path").default("sources.json"),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: "custom",
        path: ["NEO4J_PASSWORD"],
        message: "is required when NEO4J_URI points at an external Neo4j",
      });
    }
  });

export type Config = Readonly<z.infer<typeof ConfigSchema> & { dataDir: string }>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Reads the configuration; throws a ConfigError whose message lists every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const given = env[name];
      return `  ${name}=${given === undefined ? "(unset)" : JSON.stringify(given)}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return Object.freeze({ ...parsed.data, dataDir: resolve(parsed.data.DATA_DIR) });
}

/** Converts "512m" / "2g" to bytes, for the settings Neo4j takes as a number. */
export function bytesOf(size: string): number {
  const match = /^(\d+)([kmg])$/i.exec(size);
  if (!match) throw new ConfigError(`not a size: ${size}`);
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as "k" | "m" | "g"];
  return Number(match[1]) * unit;
}
