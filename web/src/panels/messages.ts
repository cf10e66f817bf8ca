/**
 * Small shared views: loading, empty and error states, and the words for an API failure, so every panel
 * says the same thing the same way in both languages.
 */
import { ApiFailure } from "../api/client.ts";
import { h } from "../dom.ts";
import { t } from "../i18n/index.ts";
import { nodeMark } from "../graph/shapes.ts";
import { lookOf } from "../graph/style.ts";

/**
 * An API failure in the UI's language: by the API's stable code, else by status. The server's own message is
 * English and never shown; a validation error names the field it concerns (a technical name, kept as is).
 */
export function failureMessage(error: unknown): string {
  if (error instanceof ApiFailure) {
    if (error.kind === "network") return t("error.apiDown");
    if (error.kind === "invalid") return t("error.invalid", { where: error.message });
    if (error.kind === "aborted") return t("error.aborted");
    if (error.code === "JJ_QUERY_TIMEOUT") return t("error.timeout");
    if (error.code === "JJ_OVERLOADED") return t("error.overloaded");
    if (error.status === 503) return t("error.neo4j");
    if (error.status === 401) return t("error.token");
    if (error.status === 403) return t("error.writesDisabled");
    if (error.status === 404) return t("error.notFound");
    if (error.status === 409) return t("error.conflict");
    if (error.status === 413) return t("error.tooLarge");
    if (error.status === 422) return t("error.unprocessable");
    if (error.status === 429) return t("error.rateLimited");
    if (error.status === 400)
      return error.fields.length > 0
        ? t("error.validationAt", { fields: error.fields.join(", ") })
        : t("error.validation");
    return t("error.status", { status: error.status ?? "?" });
  }
  return t("error.generic");
}

export function loading(text: string): HTMLElement {
  return h("p", { class: "state loading", attrs: { role: "status" } }, text);
}

export function empty(text: string): HTMLElement {
  return h("p", { class: "state empty" }, text);
}

export function failure(error: unknown, retry?: () => void): HTMLElement {
  const box = h(
    "div",
    { class: "state error", attrs: { role: "alert" } },
    h("p", null, failureMessage(error)),
  );
  if (retry) {
    const again = h(
      "button",
      { class: "btn", attrs: { type: "button" }, on: { click: retry } },
      t("actions.retry"),
    );
    box.append(again);
  }
  return box;
}

export function section(title: string, ...children: (Node | null)[]): HTMLElement {
  const body = h("section", { class: "panel-section" }, h("h3", null, title));
  for (const child of children) if (child) body.append(child);
  return body;
}

/** The mark of a node kind, as the canvas draws it, for lists. */
export function swatch(type: string, kind: string | null | undefined, size = 14): SVGSVGElement {
  return nodeMark(lookOf(type, kind), size);
}
