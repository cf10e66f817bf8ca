/**
 * Saved views ("Tampilan tersimpan"): save what is on screen (selection, expansions, filters, path, node
 * positions and viewport) under a name on the server, so another analyst on the same server can open it;
 * list the views saved there, latest first, to open, rename, replace with the current view, or delete
 * (asked twice).
 *
 * A view is the address's query string (Store.savedViewQuery, without the language), so opening one is
 * opening its link: the page loads it as any shared link, positions included, in the reader's language,
 * and Back returns to the view before. Saving, renaming, replacing and deleting need the API token, kept
 * for the tab's session as for articles; the creator's name is remembered in the browser. A name is the
 * server's to keep unique: when it is taken, the panel offers to update the view that holds it. The list is
 * asked afresh each time the panel is drawn, never from the client's cache.
 */
import { foldViewName, type SavedViewList, type SavedViewSummary } from "#schemas/view.ts";
import { api, ApiFailure } from "../api/client.ts";
import { button, h } from "../dom.ts";
import { formatDateTime, language, t } from "../i18n/index.ts";
import { TOKEN_KEY } from "./add-article.ts";
import type { PanelContext } from "./context.ts";
import { describeView, describeViewNow } from "./describe.ts";
import { empty, failure, failureMessage, loading, section } from "./messages.ts";

export const CREATOR_KEY = "jejaring.creator";
const PAGE = 50;
/** How long a "Delete" waits for its confirming second click. */
const CONFIRM_MS = 5000;
/** A name typed but not saved yet survives the panel being drawn again (a filter changed, say). */
let draftName: string | null = null;

function field(id: string, label: string, input: HTMLInputElement): HTMLElement {
  input.id = id;
  return h("div", { class: "field" }, h("label", { attrs: { for: id } }, label), input);
}

/** The address that opens a saved view: its query, in the language the reader uses now. */
export function savedViewHref(state: string, lang = language()): string {
  const query = [lang === "en" ? "lang=en" : "", state].filter(Boolean).join("&");
  return `${window.location.pathname}${query ? `?${query}` : ""}`;
}

const isNameTaken = (error: unknown) => error instanceof ApiFailure && error.code === "JJ_VIEW_NAME_TAKEN";

export function renderSavedViews(root: HTMLElement, ctx: PanelContext, isCurrent: () => boolean): void {
  const name = h("input", {
    attrs: { type: "text", maxlength: "120", autocomplete: "off" },
    on: { input: () => (draftName = name.value) },
  });
  // The suggested name uses the nodes' names; one the network has not drawn yet is read from the API.
  if (draftName !== null) name.value = draftName;
  else {
    const now = describeViewNow(ctx);
    if (now !== null) name.value = now;
    else {
      name.placeholder = t("views.nameLoading");
      void describeView(ctx).then((named) => {
        if (isCurrent() && draftName === null && name.value === "") name.value = named;
        name.placeholder = "";
      });
    }
  }
  const creator = h("input", { attrs: { type: "text", maxlength: "60", autocomplete: "name" } });
  creator.value = localStorage.getItem(CREATOR_KEY) ?? "";
  const token = h("input", { attrs: { type: "password", autocomplete: "off" } });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  const notice = h("div", { class: "add-notice", attrs: { id: "views-notice", "aria-live": "polite" } });
  const list = h("ul", { class: "saved-views plain", attrs: { id: "views-list" } });
  const listState = h("div", { attrs: { id: "views-list-state" } });
  const more = button(t("views.more"), () => void load(loaded.length), {
    class: "btn",
    attrs: { id: "views-more" },
  });
  more.hidden = true;
  let loaded: SavedViewSummary[] = [];

  const say = (text: string, kind: "error" | "ok" = "error", id = "views-message", ...extra: Node[]) =>
    notice.replaceChildren(
      h(
        "div",
        { class: `state ${kind}`, attrs: { role: kind === "error" ? "alert" : "status", id } },
        h("p", null, text),
        ...extra,
      ),
    );

  /** Says what is missing, marks the field and answers false. */
  const check = (inputs: Array<[HTMLInputElement, Parameters<typeof t>[0]]>) => {
    notice.replaceChildren();
    for (const [input, key] of inputs) {
      input.removeAttribute("aria-invalid");
      if (!input.value.trim()) {
        say(t(key));
        input.setAttribute("aria-invalid", "true");
        input.focus();
        return false;
      }
    }
    sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    return true;
  };
  const needToken = () => check([[token, "views.needToken"]]);

  /** The form as a body, or null after saying what is missing. */
  const body = () => {
    if (
      !check([
        [name, "views.needName"],
        [creator, "views.needCreator"],
        [token, "views.needToken"],
      ])
    )
      return null;
    localStorage.setItem(CREATOR_KEY, creator.value.trim());
    return { name: name.value.trim(), creator: creator.value.trim(), state: ctx.store.savedViewQuery() };
  };

  const writeFailure = (error: unknown) =>
    error instanceof ApiFailure &&
    error.status === 400 &&
    error.fields.some((f) => f.startsWith("body.state"))
      ? t("views.badState")
      : failureMessage(error);

  /** A taken name: say so, and offer to update the view that holds it (found in the list read afresh). */
  const nameTaken = async (wanted: string, input: HTMLInputElement) => {
    input.setAttribute("aria-invalid", "true");
    await load(0);
    if (!isCurrent()) return;
    const holder = loaded.find((view) => foldViewName(view.name) === foldViewName(wanted));
    const offer = holder
      ? [
          button(t("views.replaceHolder", { name: holder.name }), () => void replace(holder), {
            class: "btn",
            attrs: { id: "views-replace-holder" },
          }),
        ]
      : [];
    say(t("views.nameTaken", { name: holder?.name ?? wanted }), "error", "views-name-taken", ...offer);
    input.focus();
  };

  const save = async () => {
    const request = body();
    if (!request) return;
    notice.replaceChildren(loading(t("views.saving")));
    try {
      const saved = await api.saveView(request, token.value.trim());
      if (!isCurrent()) return;
      draftName = null;
      say(t("views.saved", { name: saved.name }), "ok", "views-saved");
      await load(0);
    } catch (error) {
      if (!isCurrent()) return;
      if (isNameTaken(error)) await nameTaken(request.name, name);
      else say(writeFailure(error));
    }
  };

  /** Puts what is on screen into `view`, keeping its name. */
  const replace = async (view: SavedViewSummary) => {
    const request = body();
    if (!request) return;
    notice.replaceChildren(loading(t("views.saving")));
    try {
      const saved = await api.replaceView(view.id, { ...request, name: view.name }, token.value.trim());
      if (!isCurrent()) return;
      draftName = null;
      say(t("views.replaced", { name: saved.name }), "ok", "views-saved");
      await load(0);
    } catch (error) {
      if (isCurrent()) say(writeFailure(error));
    }
  };

  /** Gives `view` a new name, keeping what it shows and who saved it. */
  const rename = async (view: SavedViewSummary, input: HTMLInputElement) => {
    const wanted = input.value.trim();
    if (!wanted) return void check([[input, "views.needName"]]);
    if (!needToken()) return;
    notice.replaceChildren(loading(t("views.saving")));
    try {
      const full = await api.view(view.id);
      const saved = await api.replaceView(
        view.id,
        { name: wanted, creator: full.creator, state: full.state },
        token.value.trim(),
      );
      if (!isCurrent()) return;
      say(t("views.renamed", { old: view.name, name: saved.name }), "ok", "views-saved");
      await load(0);
    } catch (error) {
      if (!isCurrent()) return;
      if (isNameTaken(error)) await nameTaken(wanted, input);
      else say(failureMessage(error));
    }
  };

  const remove = async (view: SavedViewSummary) => {
    if (!needToken()) return;
    try {
      await api.deleteView(view.id, token.value.trim());
      if (!isCurrent()) return;
      say(t("views.deleted", { name: view.name }), "ok", "views-deleted");
      await load(0);
    } catch (error) {
      if (isCurrent()) say(failureMessage(error));
    }
  };

  const open = async (view: SavedViewSummary) => {
    notice.replaceChildren(loading(t("views.opening")));
    try {
      const full = await api.view(view.id);
      window.location.assign(savedViewHref(full.state));
    } catch (error) {
      if (isCurrent()) say(failureMessage(error));
    }
  };

  /** The "Delete" button: the first click asks, a second within CONFIRM_MS deletes. */
  const remover = (view: SavedViewSummary) => {
    const b = button(t("views.delete"), () => undefined, { class: "btn btn-danger view-delete" });
    let armed: ReturnType<typeof setTimeout> | undefined;
    b.addEventListener("click", () => {
      if (armed === undefined) {
        b.textContent = t("views.confirmDelete");
        b.classList.add("armed");
        armed = setTimeout(() => {
          armed = undefined;
          b.textContent = t("views.delete");
          b.classList.remove("armed");
        }, CONFIRM_MS);
        return;
      }
      clearTimeout(armed);
      void remove(view);
    });
    return b;
  };

  const item = (view: SavedViewSummary): HTMLElement => {
    const when = formatDateTime(view.updatedAt);
    const title = h("p", { class: "saved-view-name" }, view.name);
    const meta = h(
      "p",
      { class: "saved-view-meta" },
      view.updatedAt === view.createdAt
        ? t("views.by", { creator: view.creator, when })
        : t("views.byUpdated", { creator: view.creator, when }),
    );
    const actions = h(
      "div",
      { class: "actions" },
      button(t("views.open"), () => void open(view), { class: "btn btn-primary view-open" }),
      button(t("views.rename"), () => startRename(), { class: "btn view-rename" }),
      button(t("views.replace"), () => void replace(view), {
        class: "btn view-replace",
        attrs: { title: t("views.replaceHint") },
      }),
      remover(view),
    );
    const li = h("li", { class: "saved-view", dataset: { id: view.id } }, title, meta, actions);
    const startRename = () => {
      const input = h("input", {
        class: "view-rename-input",
        attrs: { type: "text", maxlength: "120", "aria-label": t("views.newName"), autocomplete: "off" },
      });
      input.value = view.name;
      const form = h(
        "form",
        {
          class: "saved-view-rename",
          on: { submit: (event) => (event.preventDefault(), void rename(view, input)) },
        },
        input,
        h(
          "div",
          { class: "actions" },
          h("button", { class: "btn btn-primary", attrs: { type: "submit" } }, t("views.renameSave")),
          button(t("views.cancel"), () => li.replaceWith(item(view)), { class: "btn" }),
        ),
      );
      li.replaceChildren(form, meta);
      input.focus();
      input.select();
    };
    return li;
  };

  const heading = h("h3", null, t("views.listHeading"));
  const show = (page: SavedViewList) => {
    heading.textContent = t("views.listHeadingCount", { n: page.total });
    listState.replaceChildren(page.total === 0 ? empty(t("views.none")) : "");
    list.replaceChildren(...loaded.map(item));
    more.hidden = loaded.length >= page.total;
  };

  async function load(offset: number): Promise<void> {
    if (offset === 0) listState.replaceChildren(loading(t("views.loading")));
    try {
      const page = await api.views(offset, PAGE);
      if (!isCurrent()) return;
      loaded = offset === 0 ? page.views : [...loaded, ...page.views];
      show(page);
    } catch (error) {
      if (!isCurrent()) return;
      list.replaceChildren();
      listState.replaceChildren(failure(error, () => void load(offset)));
    }
  }

  const listSection = section("", listState, list, more);
  listSection.querySelector("h3")?.replaceWith(heading);
  root.replaceChildren(
    h("h2", null, t("views.title")),
    h("p", { class: "panel-sub" }, t("views.intro")),
    h(
      "form",
      {
        class: "add-form",
        attrs: { id: "views-form" },
        on: { submit: (event) => (event.preventDefault(), void save()) },
      },
      field("view-name", t("views.name"), name),
      field("view-creator", t("views.creator"), creator),
      field("view-token", t("add.token"), token),
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          { class: "btn btn-primary", attrs: { type: "submit", id: "views-save" } },
          t("views.save"),
        ),
      ),
    ),
    notice,
    listSection,
  );
  void load(0);
}
