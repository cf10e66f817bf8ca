/**
 * What a panel that saved an article shows (pasted text or an address): the confirmation, a link to the
 * article view, and a button to the details of the first party. The network reloads and brings that party
 * into view behind it; the panel stays, so the confirmation and its links can be read and used.
 */
import type { Facts } from "#schemas/facts.ts";
import { button, h } from "../dom.ts";
import { t } from "../i18n/index.ts";
import type { PanelContext } from "./context.ts";

interface Party {
  code: string;
  name: string;
}

/** The party the network opens on: the first event's hub, or its first party when it has none. */
export function firstParty(facts: Facts): Party | null {
  const event = facts.events[0];
  if (!event) return null;
  const code = event.hub ?? event.parties[0];
  const role = event.partyRoles.find((p) => p.code === code);
  return code ? { code, name: role?.name ?? code } : null;
}

interface Saved {
  /** Names the elements: "add" gives #add-saved, #add-open-article, #add-open-party. */
  prefix: string;
  message: string;
  documentId: string;
  party: Party | null;
  /** Whether the save wrote anything (the network reloads only then). */
  written: boolean;
}

function notice(ctx: PanelContext, { prefix, message, documentId, party }: Saved): HTMLElement {
  return h(
    "div",
    { class: "saved-notice" },
    h("p", { class: "state ok", attrs: { role: "status", id: `${prefix}-saved` } }, message),
    h(
      "div",
      { class: "saved-links" },
      h(
        "a",
        {
          attrs: { href: `#article=${encodeURIComponent(documentId)}`, id: `${prefix}-open-article` },
          on: { click: (event) => (event.preventDefault(), ctx.openArticle(documentId)) },
        },
        t("actions.readArticle"),
      ),
      party
        ? button(t("actions.openDetails", { name: party.name }), () => ctx.actions.open(party.code), {
            class: "btn btn-small",
            attrs: { id: `${prefix}-open-party` },
          })
        : null,
    ),
  );
}

/**
 * Shows the confirmation in `into`, scrolled into sight (on a phone the sheet ends below the form), then
 * reloads the network when something was written and brings the first party into view; also when nothing
 * was, since the user asked to see that article's facts.
 */
export async function presentSaved(ctx: PanelContext, into: HTMLElement, saved: Saved): Promise<void> {
  const shown = notice(ctx, saved);
  into.replaceChildren(shown);
  shown.scrollIntoView({ block: "nearest" });
  if (saved.written) await ctx.explorer.reload();
  if (saved.party) ctx.actions.reveal(saved.party.code);
}
