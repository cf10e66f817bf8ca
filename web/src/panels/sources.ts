/**
 * A fact's sources: each quote with the words of the fact highlighted (the names of the node and of the
 * parties it concerns), the article's title and date, and a link to the full article with all its spans
 * marked. Quotes are text nodes; the highlight is <mark> elements around slices of that text.
 */
import type { Source } from "#schemas/node.ts";
import { findRanges, h, markedText } from "../dom.ts";
import { formatDate, t, tMaybe } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";
import { empty } from "./messages.ts";

export type SourceItem = Source & { fact?: string };

/** Names whose occurrences in a quote are the fact; short forms without Kota/Kabupaten are tried too. */
export function highlightNeedles(names: readonly string[]): string[] {
  const needles = new Set<string>();
  for (const name of names) {
    needles.add(name);
    // Articles write the special regions by their acronyms ("DKI Jakarta", "DIY"); the bare city name
    // would also mark "Jakarta Pusat".
    const special = /^(daerah khusus ibukota|daerah istimewa)\s+(.+)$/i.exec(name);
    if (special) {
      needles.add(/^daerah khusus/i.test(special[1]!) ? `DKI ${special[2]}` : "DIY");
      continue;
    }
    const bare = name.replace(/^(kota|kabupaten|provinsi|kab\.)\s+/i, "");
    if (bare.length >= 3) needles.add(bare);
  }
  return [...needles];
}

export function sourceList(
  sources: readonly SourceItem[],
  names: readonly string[],
  ctx: PanelContext,
): HTMLElement {
  if (sources.length === 0) return empty(t("details.sourcesEmpty"));
  const needles = highlightNeedles(names);
  const list = h("ul", { class: "sources" });
  for (const source of sources) {
    const quote = source.quote
      ? h("blockquote", { class: "quote" }, ...markedText(source.quote, findRanges(source.quote, needles)))
      : null;
    const open = h(
      "a",
      {
        attrs: { href: `#article=${encodeURIComponent(source.documentId)}`, class: "article-link" },
        on: {
          click: (event) => {
            event.preventDefault();
            ctx.openArticle(
              source.documentId,
              source.start !== null && source.end !== null
                ? { start: source.start, end: source.end }
                : undefined,
            );
          },
        },
      },
      source.title || t("actions.readArticle"),
    );
    list.append(
      h(
        "li",
        { class: "source" },
        quote,
        h(
          "p",
          { class: "source-meta" },
          source.fact ? h("span", { class: "fact-tag" }, tMaybe("fact", source.fact)) : null,
          " ",
          open,
          source.publishedAt ? ` · ${formatDate(source.publishedAt)}` : "",
        ),
      ),
    );
  }
  return list;
}
