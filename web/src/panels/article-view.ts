/**
 * The full article in a modal dialog: title, date, source, and the normalised text with every fact's span
 * marked (hover shows what each span supports); opened from any source link, scrolled to the quote asked
 * for. The text is text: spans are <mark> elements around slices of text nodes, never parsed HTML.
 */
import { api } from "../api/client.ts";
import { h, markedText } from "../dom.ts";
import { formatDate, t, tMaybe } from "../i18n/index.ts";
import { failure, loading } from "./messages.ts";

const isWebAddress = (source: string | null): source is string => !!source && /^https?:\/\//i.test(source);

/** A link to the page an article was read from (only for an http(s) source: never javascript: or data:). */
function original(source: string): HTMLElement {
  return h(
    "p",
    { class: "article-original" },
    h(
      "a",
      { attrs: { href: source, target: "_blank", rel: "noopener noreferrer", id: "article-original" } },
      `${t("article.original")} ↗`,
    ),
  );
}

export function createArticleView(
  dialog: HTMLDialogElement,
): (id: string, focus?: { start: number; end: number }) => void {
  const body = h("div", { class: "article-body" });
  const close = h("button", {
    attrs: { type: "button", class: "dialog-close" },
    on: { click: () => dialog.close() },
  });
  dialog.append(close, body);
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });

  async function show(id: string, focus?: { start: number; end: number }): Promise<void> {
    close.textContent = "×";
    close.setAttribute("aria-label", t("article.close"));
    body.replaceChildren(loading(t("article.loading")));
    if (!dialog.open) dialog.showModal();
    try {
      const article = await api.document(id);
      const ranges = article.spans.map((s) => ({
        start: s.start,
        end: s.end,
        title: `${s.label} · ${tMaybe("fact", s.fact)}`,
      }));
      const text = h(
        "div",
        { class: "article-text", attrs: { id: "article-text" } },
        ...markedText(article.text, ranges),
      );
      body.replaceChildren(
        h("h2", { attrs: { id: "article-title" } }, article.title ?? t("article.title")),
        h(
          "p",
          { class: "article-meta" },
          [
            article.publishedAt ? t("article.published", { date: formatDate(article.publishedAt) }) : "",
            article.source ? t("article.source", { source: article.source }) : "",
            t("article.spans", { n: article.spans.length }),
          ]
            .filter(Boolean)
            .join(" · "),
        ),
        ...(isWebAddress(article.source) ? [original(article.source)] : []),
        text,
      );
      dialog.setAttribute("aria-labelledby", "article-title");
      if (focus) {
        const marks = [...text.querySelectorAll("mark")];
        let offset = 0;
        for (const node of text.childNodes) {
          const length = node.textContent?.length ?? 0;
          if (offset + length > focus.start && node instanceof HTMLElement) {
            node.classList.add("focus-quote");
            node.scrollIntoView({ block: "center" });
            break;
          }
          offset += length;
        }
        if (marks.length === 0) text.scrollTop = 0;
      }
    } catch (error) {
      body.replaceChildren(failure(error, () => void show(id, focus)));
    }
  }

  return (id, focus) => void show(id, focus);
}
