/**
 * `npm run --silent extract -- [--format jsonl|pretty] FILE...`: extracts the facts of each article file.
 *
 * jsonl prints exactly one JSON line per file, in input order, and nothing else on stdout (the public
 * contract in ../shared/tools/extraction-contract.md); pretty prints a summary for a person. Warnings go
 * to stderr. A file that cannot be read still gets its line, with "error" set and empty lists; the exit
 * code is 1 only when some file could not be read, 2 for a usage error.
 */
import { ExtractLineSchema, type ExtractLine, type Facts } from "../../schemas/facts.ts";
import { extractFacts, loadExtractionResources, type ExtractionResources } from "../extract/extract-facts.ts";
import { readArticle } from "../read/read-article.ts";

type Format = "jsonl" | "pretty";

const USAGE = "usage: extract [--format jsonl|pretty] FILE...";

function parseArgs(argv: readonly string[]): { format: Format; files: string[] } | string {
  let format: Format = "jsonl";
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--format") {
      const value = argv[++i];
      if (value !== "jsonl" && value !== "pretty") return `unknown format "${value ?? ""}"\n${USAGE}`;
      format = value;
    } else if (arg.startsWith("--format=")) {
      const value = arg.slice("--format=".length);
      if (value !== "jsonl" && value !== "pretty") return `unknown format "${value}"\n${USAGE}`;
      format = value;
    } else if (arg === "--help" || arg === "-h") {
      return USAGE;
    } else if (arg === "--") {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith("--")) {
      return `unknown option ${arg}\n${USAGE}`;
    } else {
      files.push(arg);
    }
  }
  return files.length > 0 ? { format, files } : USAGE;
}

function emptyLine(file: string, error: string): ExtractLine {
  return { file, document: null, error, events: [], people: [], regions: [] };
}

async function extractFile(
  file: string,
  resources: ExtractionResources,
): Promise<{ line: ExtractLine; unreadable: boolean }> {
  const read = await readArticle(file);
  if (!read.ok) return { line: emptyLine(file, read.error), unreadable: read.unreadable };
  if (read.text.trim() === "")
    return { line: emptyLine(file, "empty file: no text to read"), unreadable: false };
  let facts: Facts;
  try {
    facts = extractFacts(read.text, read.meta, resources);
  } catch (error) {
    // extractFacts is meant to be total; if it ever throws, the file still gets its line.
    process.stderr.write(
      `extract: ${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return { line: emptyLine(file, "extraction failed"), unreadable: false };
  }
  const line: ExtractLine = { file, error: null, ...facts };
  const checked = ExtractLineSchema.safeParse(line);
  if (!checked.success) {
    process.stderr.write(`extract: ${file}: output failed validation: ${checked.error.message}\n`);
    return { line: emptyLine(file, "extraction produced invalid output"), unreadable: false };
  }
  return { line: checked.data, unreadable: false };
}

function pretty(line: ExtractLine): string {
  const out: string[] = [];
  const doc = line.document;
  out.push(
    `${line.file}${doc ? ` — ${doc.title || "(untitled)"} [${doc.publishedAt ?? "date unknown"}]` : ""}`,
  );
  if (line.error) out.push(`  error: ${line.error}`);
  for (const event of line.events) {
    const place = event.place ? ` at ${event.place.name}` : "";
    out.push(`  ${event.kind}/${event.subtype} (${event.status}) ${event.date ?? "undated"}${place}`);
    out.push(`    why: ${event.rule}`);
    out.push(`    parties: ${event.partyRoles.map((p) => `${p.name} [${p.code}, ${p.role}]`).join("; ")}`);
    const hub = event.partyRoles.find((p) => p.code === event.hub);
    out.push(`    hub: ${hub ? `${hub.name} [${hub.code}]` : "none (every pair are partners)"}`);
    if (event.validUntil || event.durationYears) {
      const years = event.durationYears ? `${event.durationYears} years` : "";
      out.push(
        `    valid: ${[years, event.validUntil ? `until ${event.validUntil}` : ""].filter(Boolean).join(", ")}`,
      );
    }
    if (event.sectors.length > 0) out.push(`    sectors: ${event.sectors.join(", ")}`);
    if (event.programs.length > 0) out.push(`    programmes: ${event.programs.join(", ")}`);
    if (event.organisations.length > 0) {
      out.push(`    organisations: ${event.organisations.map((o) => `${o.name} (${o.role})`).join(", ")}`);
    }
    out.push(
      `    “${event.evidence.text.length > 220 ? `${event.evidence.text.slice(0, 217)}...` : event.evidence.text}”`,
    );
  }
  if (line.people.length > 0) {
    out.push("  people:");
    for (const person of line.people) out.push(`    ${person.title} ${person.name} [${person.region}]`);
  }
  const others = line.regions.filter((r) => !r.isParty).map((r) => `${r.name} [${r.code}]`);
  if (others.length > 0) out.push(`  also mentioned: ${others.join(", ")}`);
  return out.join("\n");
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(`${args}\n`);
    return args === USAGE && process.argv.includes("--help") ? 0 : 2;
  }
  const resources = await loadExtractionResources();
  let failed = false;
  for (const file of args.files) {
    const { line, unreadable } = await extractFile(file, resources);
    failed ||= unreadable;
    if (unreadable) process.stderr.write(`extract: ${file}: ${line.error ?? "could not be read"}\n`);
    process.stdout.write(args.format === "jsonl" ? `${JSON.stringify(line)}\n` : `${pretty(line)}\n\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
