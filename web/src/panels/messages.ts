/**
 * Small shared views: loading, empty and error states, and the words for an API failure, so every panel
 * says the same thing the same way in both languages.
 */
import { ApiFailure } from "../api/client.ts";
import { h } from "../dom.ts";
import { t } from "../i18n/index.ts";

export function failureMessage(error: unknown): string {
  if (error instanceof ApiFailure) {
    if (error.kind === "network") return t("error.apiDown");
    if (error.kind === "invalid") return t("error.invalid", { where: error.message });
    if (error.status === 503) return t("error.neo4j");
    if (error.status === 401) return t("error.token");
    if (error.status === 403) return t("error.writesDisabled");
    if (error.status === 404) return t("error.notFound");
    if (error.status === 429) return t("error.rateLimited");
    return t("error.status", { status: error.status ?? "?", message: error.message });
  }
  return t("error.generic", { message: error instanceof Error ? error.message : String(error) });
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
    const again = h("button", { attrs: { type: "button" }, on: { click: retry } }, t("actions.retry"));
    box.append(again);
  }
  return box;
}

export function section(title: string, ...children: (Node | null)[]): HTMLElement {
  const body = h("section", { class: "panel-section" }, h("h3", null, title));
  for (const child of children) if (child) body.append(child);
  return body;
}

export function swatch(colour: string, icon: string): HTMLElement {
  const mark = h("span", { class: "swatch", attrs: { "aria-hidden": "true" } }, icon);
  mark.style.color = colour;
  return mark;
}
