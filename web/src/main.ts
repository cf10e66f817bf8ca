/**
 * Entry of the web app: shows whether the API and its Neo4j are up, from /api/health, parsed with the
 * same zod schema the server answers with. The explorer views mount here as they are built.
 */
import { HealthSchema, type Health } from "../../server/schemas/health.ts";

const root = document.querySelector<HTMLElement>("#app");

function render(health: Health | undefined, problem?: string): void {
  if (!root) return;
  root.replaceChildren();
  const title = document.createElement("h1");
  title.textContent = "Jejaring";
  const subtitle = document.createElement("p");
  subtitle.textContent = "Jejaring kerja sama antardaerah di Indonesia";
  const status = document.createElement("p");
  if (health) {
    const up = health.neo4j === "up";
    status.className = up ? "status-up" : "status-down";
    status.textContent = up
      ? `Basis data graf aktif (Neo4j ${health.neo4jVersion ?? ""})`
      : "Basis data graf tidak dapat dihubungi; mencoba lagi…";
  } else {
    status.className = "status-down";
    status.textContent = `API tidak dapat dihubungi: ${problem ?? "kesalahan tidak dikenal"}`;
  }
  root.append(title, subtitle, status);
}

async function refresh(): Promise<void> {
  try {
    const response = await fetch("/api/health");
    const parsed = HealthSchema.safeParse(await response.json());
    render(parsed.success ? parsed.data : undefined, parsed.success ? undefined : "jawaban tidak sah");
  } catch (error) {
    render(undefined, error instanceof Error ? error.message : String(error));
  }
}

void refresh();
setInterval(() => void refresh(), 10_000);
