/**
 * Add an article: paste the text (title, source and date optional), preview what the extractor reads
 * (POST /api/documents/preview writes nothing) with every fact's span marked in the text, then save with
 * the API token (POST /api/documents). The panel then confirms, with links to the article and to the first
 * party's details, while the network brings that party into view. The token is kept for the tab's session
 * only (sessionStorage), never in the URL.
 */
import type { IngestBody } from "#schemas/document.ts";
import type { PreviewResult } from "#schemas/document-preview.ts";
import { api } from "../api/client.ts";
import { button, h, markedText } from "../dom.ts";
import { formatDate, t, tMaybe } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { empty, failure, loading, section } from "./messages.ts";
import { firstParty, presentSaved } from "./saved-notice.ts";

export const TOKEN_KEY = "jejaring.apiToken";

interface Draft {
  text: string;
  title: string;
  source: string;
  date: string;
}
const draft: Draft = { text: "", title: "", source: "", date: "" };
/** The last preview, kept across re-renders of the panel (a language switch, a failed save). */
let lastPreview: PreviewResult | null = null;

function field(id: string, label: string, input: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  input.id = id;
  return h("div", { class: "field" }, h("label", { attrs: { for: id } }, label), input);
}

/** The extracted facts with their quotes and the text with every span marked (also used by add-from-url.ts). */
export function previewView(preview: PreviewResult): HTMLElement {
  const facts = preview.extracted;
  const ranges = [
    ...facts.events.map((e) => ({ ...e.evidence, title: tMaybe("event", e.kind) })),
    ...facts.people.map((p) => ({ ...p.evidence, title: `${p.name} · ${p.title}` })),
    ...facts.regions.flatMap((r) => r.evidence.map((e) => ({ ...e, title: r.name }))),
  ].map(({ start, end, title }) => ({ start, end, title }));
  const events = facts.events.map((e) =>
    h(
      "li",
      null,
      h("strong", null, `${tMaybe("event", e.kind)} · ${tMaybe("subtype", e.subtype)}`),
      ` ${e.date ? formatDate(e.date) : t("details.unknown")} · `,
      e.partyRoles.map((p) => `${p.name} (${tMaybe("role", p.role)})`).join(", "),
      h("blockquote", { class: "quote" }, h("mark", null, e.evidence.text)),
    ),
  );
  const people = facts.people.map((p) => h("li", null, `${p.displayName} — ${p.title} (${p.region})`));
  const regions = facts.regions.map((r) =>
    h("li", null, `${r.name} · ${tMaybe("kind", r.kind)}${r.isParty ? " ★" : ""}`),
  );
  const nothing = facts.events.length + facts.people.length + facts.regions.length === 0;
  return h(
    "div",
    { class: "preview", attrs: { id: "add-preview" } },
    h(
      "p",
      null,
      t("add.facts", {
        events: facts.events.length,
        people: facts.people.length,
        regions: facts.regions.length,
      }),
    ),
    nothing ? empty(t("add.previewEmpty")) : null,
    events.length > 0 ? section(t("add.eventsHeading"), h("ul", { class: "plain" }, ...events)) : null,
    people.length > 0 ? section(t("add.peopleHeading"), h("ul", { class: "plain" }, ...people)) : null,
    regions.length > 0 ? section(t("add.regionsHeading"), h("ul", { class: "plain" }, ...regions)) : null,
    section(
      t("add.textHeading"),
      h("div", { class: "article-text small" }, ...markedText(preview.text, ranges)),
    ),
  );
}

export function renderAddArticle(root: HTMLElement, ctx: PanelContext): void {
  const text = h("textarea", { attrs: { rows: "10", required: "" } });
  text.value = draft.text;
  const title = h("input", { attrs: { type: "text", maxlength: "500" } });
  title.value = draft.title;
  const source = h("input", { attrs: { type: "text", maxlength: "2000" } });
  source.value = draft.source;
  const date = h("input", { attrs: { type: "date" } });
  date.value = draft.date;
  const token = h("input", { attrs: { type: "password", autocomplete: "off" } });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  const output = h("div", { class: "add-output", attrs: { id: "add-output", "aria-live": "polite" } });
  // Messages about the form (a missing text or token, a failed save) go here, so the preview stays.
  const notice = h("div", { class: "add-notice", attrs: { id: "add-notice", "aria-live": "assertive" } });
  const say = (text: string, kind: "error" | "ok" = "error") =>
    notice.replaceChildren(
      h("p", { class: `state ${kind}`, attrs: { role: kind === "error" ? "alert" : "status" } }, text),
    );

  const body = (): IngestBody | null => {
    Object.assign(draft, { text: text.value, title: title.value, source: source.value, date: date.value });
    notice.replaceChildren();
    if (!text.value.trim()) {
      say(t("add.needText"));
      text.focus();
      return null;
    }
    const result: IngestBody = { text: text.value };
    if (title.value.trim()) result.title = title.value.trim();
    if (source.value.trim()) result.source = source.value.trim();
    if (date.value) result.publishedAt = date.value;
    return result;
  };

  const preview = async () => {
    const request = body();
    if (!request) return;
    output.replaceChildren(loading(t("add.previewing")));
    try {
      const result = await api.preview(request);
      lastPreview = result;
      output.replaceChildren(previewView(result));
    } catch (error) {
      output.replaceChildren(failure(error));
    }
  };

  const save = async () => {
    const request = body();
    if (!request) return;
    if (!token.value.trim()) {
      say(t("add.needToken"));
      token.setAttribute("aria-invalid", "true");
      token.focus();
      return;
    }
    token.removeAttribute("aria-invalid");
    sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    notice.replaceChildren(loading(t("add.saving")));
    try {
      const result = await api.save(request, token.value.trim());
      const message = result.created
        ? t("add.saved", { nodes: result.written.nodesCreated, rels: result.written.relationshipsCreated })
        : t("add.already");
      await presentSaved(ctx, notice, {
        prefix: "add",
        message,
        documentId: result.documentId,
        party: firstParty(result.extracted),
        written: result.created,
      });
    } catch (error) {
      notice.replaceChildren(failure(error));
    }
  };

  root.replaceChildren(
    h("h2", null, t("add.title")),
    h(
      "form",
      {
        class: "add-form",
        attrs: { id: "add-form" },
        on: { submit: (event) => (event.preventDefault(), void preview()) },
      },
      field("add-text", t("add.text"), text),
      field("add-title", t("add.titleField"), title),
      field("add-source", t("add.source"), source),
      field("add-date", t("add.date"), date),
      field("add-token", t("add.token"), token),
      h(
        "div",
        { class: "actions" },
        button(t("add.preview"), () => void preview(), { class: "btn", attrs: { id: "add-preview-button" } }),
        button(t("add.save"), () => void save(), {
          class: "btn btn-primary",
          attrs: { id: "add-save-button" },
        }),
      ),
    ),
    notice,
    output,
  );
  if (lastPreview) output.replaceChildren(previewView(lastPreview));
}
