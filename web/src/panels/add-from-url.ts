/**
 * Add from a URL ("Tambah dari URL"): paste a news article's address; the server fetches and reads the page
 * (POST /api/documents/import/preview, which writes nothing) and the panel shows the page's metadata and
 * the facts with their quotes, marked in the text; save with the API token (POST /api/documents/import).
 * The panel then confirms, with links to the article and to the first party's details, while the network
 * brings that party into view. Each refusal (a private address, robots.txt, not an article, the site
 * unreachable) is said in the user's language, with the server's detail below.
 */
import type { ImportPreview } from "#schemas/import.ts";
import { api, ApiFailure } from "../api/client.ts";
import { button, h } from "../dom.ts";
import { formatDate, language, t } from "../i18n/index.ts";
import { previewView, TOKEN_KEY } from "./add-article.ts";
import type { PanelContext } from "./context.ts";
import { failure, loading, section } from "./messages.ts";
import { firstParty, presentSaved } from "./saved-notice.ts";

const draft = { url: "" };

const CODE_MESSAGES = {
  JJ_URL_REFUSED: "addUrl.refused",
  JJ_ROBOTS_DISALLOWED: "addUrl.robots",
  JJ_NOT_ARTICLE: "addUrl.notArticle",
  JJ_FETCH_FAILED: "addUrl.fetchFailed",
  JJ_UNPROCESSABLE: "addUrl.unreadable",
  JJ_VALIDATION: "addUrl.badUrl",
} as const;

function importFailure(error: unknown): HTMLElement {
  if (error instanceof ApiFailure && error.code && error.code in CODE_MESSAGES) {
    const key = CODE_MESSAGES[error.code as keyof typeof CODE_MESSAGES];
    return h(
      "div",
      { class: "state error", attrs: { role: "alert", id: "add-url-error" } },
      h("p", null, t(key)),
      h("p", { class: "small detail" }, t("addUrl.detail", { detail: error.message })),
    );
  }
  return failure(error);
}

/** "id" → "Indonesia" / "Indonesian", in the interface's language; the code itself if unknown. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([language()], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function isWebLink(text: string | null): text is string {
  return !!text && /^https?:\/\//i.test(text);
}

function pageView(preview: ImportPreview): HTMLElement {
  const { page } = preview;
  const rows: [string, Node | string][] = [
    [t("addUrl.pageTitle"), page.title ?? "—"],
    [t("addUrl.publisher"), page.publisher ?? "—"],
    [t("addUrl.published"), page.publishedAt ? formatDate(page.publishedAt) : "—"],
    [t("addUrl.language"), page.language ? languageName(page.language) : "—"],
    [
      t("addUrl.canonical"),
      isWebLink(page.canonicalUrl ?? page.url)
        ? h(
            "a",
            { attrs: { href: page.canonicalUrl ?? page.url, target: "_blank", rel: "noopener noreferrer" } },
            page.canonicalUrl ?? page.url,
          )
        : "—",
    ],
  ];
  return section(
    t("addUrl.pageHeading"),
    h(
      "dl",
      { class: "page-meta" },
      ...rows.flatMap(([term, value]) => [h("dt", null, term), h("dd", null, value)]),
    ),
    h(
      "p",
      { class: `state ${preview.stored === "new" ? "ok" : "empty"}`, attrs: { id: "add-url-stored" } },
      t(`addUrl.stored.${preview.stored}`),
    ),
  );
}

export function renderAddFromUrl(root: HTMLElement, ctx: PanelContext): void {
  const url = h("input", {
    attrs: {
      type: "url",
      id: "add-url",
      required: "",
      placeholder: "https://",
      autocomplete: "off",
      maxlength: "2048",
    },
  });
  url.value = draft.url;
  const token = h("input", { attrs: { type: "password", autocomplete: "off", id: "add-url-token" } });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  const output = h("div", { class: "add-output", attrs: { id: "add-url-output", "aria-live": "polite" } });

  const address = (): string | null => {
    draft.url = url.value;
    const value = url.value.trim();
    if (!/^https?:\/\/\S+$/i.test(value)) {
      output.replaceChildren(h("p", { class: "state error", attrs: { role: "alert" } }, t("addUrl.badUrl")));
      return null;
    }
    return value;
  };

  const preview = async () => {
    const value = address();
    if (!value) return;
    output.replaceChildren(loading(t("addUrl.reading")));
    try {
      const result = await api.importPreview(value);
      output.replaceChildren(
        pageView(result),
        previewView({ documentId: result.documentId, text: result.text, extracted: result.extracted }),
      );
    } catch (error) {
      output.replaceChildren(importFailure(error));
    }
  };

  const save = async () => {
    const value = address();
    if (!value) return;
    if (!token.value.trim()) {
      output.replaceChildren(h("p", { class: "state error", attrs: { role: "alert" } }, t("add.needToken")));
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    output.replaceChildren(loading(t("add.saving")));
    try {
      const result = await api.importUrl(value, token.value.trim());
      const message =
        result.outcome === "added"
          ? t("add.saved", { nodes: result.written.nodesCreated, rels: result.written.relationshipsCreated })
          : result.outcome === "replaced"
            ? t("addUrl.replaced", { version: result.version })
            : t("add.already");
      await presentSaved(ctx, output, {
        prefix: "add-url",
        message,
        documentId: result.documentId,
        party: firstParty(result.extracted),
        written: result.outcome !== "unchanged",
      });
    } catch (error) {
      output.replaceChildren(importFailure(error));
    }
  };

  root.replaceChildren(
    h("h2", null, t("addUrl.title")),
    h("p", { class: "panel-sub" }, t("addUrl.intro")),
    h(
      "form",
      {
        class: "add-form",
        attrs: { id: "add-url-form" },
        on: { submit: (event) => (event.preventDefault(), void preview()) },
      },
      h("div", { class: "field" }, h("label", { attrs: { for: "add-url" } }, t("addUrl.url")), url),
      h("div", { class: "field" }, h("label", { attrs: { for: "add-url-token" } }, t("add.token")), token),
      h(
        "div",
        { class: "actions" },
        button(t("add.preview"), () => void preview(), {
          class: "btn",
          attrs: { id: "add-url-preview-button" },
        }),
        button(t("add.save"), () => void save(), {
          class: "btn btn-primary",
          attrs: { id: "add-url-save-button" },
        }),
      ),
    ),
    output,
  );
}
