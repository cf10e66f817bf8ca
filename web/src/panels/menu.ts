/**
 * Menus as the WAI-ARIA menu pattern: a list of role="menuitem" buttons, ↑/↓ (and Home/End) move, Enter or
 * Space chooses, Escape closes and gives focus back to whatever opened it, a click outside closes. Two ways
 * to open one: a disclosure button (the export menu) and at a point (the network's context menu).
 */
import { h } from "../dom.ts";
import { icon, type IconName } from "../icons.ts";

export interface MenuItem {
  label: string;
  run: () => void;
  icon?: IconName;
  disabled?: boolean;
  /** A heading line before this item (not focusable). */
  group?: string;
  id?: string;
}

/** Builds the list; `close` runs after a choice or Escape. */
export function menuList(
  items: readonly MenuItem[],
  close: (restoreFocus: boolean) => void,
  id?: string,
): HTMLElement {
  const list = h("div", { class: "menu-items", attrs: { role: "menu", id } });
  for (const item of items) {
    if (item.group)
      list.append(h("div", { class: "menu-group", attrs: { role: "presentation" } }, item.group));
    const b = h(
      "button",
      {
        class: "menu-item",
        attrs: {
          type: "button",
          role: "menuitem",
          tabindex: "-1",
          id: item.id,
          "aria-disabled": item.disabled ? "true" : undefined,
        },
        on: {
          click: () => {
            if (item.disabled) return;
            close(true);
            item.run();
          },
        },
      },
      item.icon
        ? icon(item.icon, 16)
        : h("span", { class: "menu-item-pad", attrs: { "aria-hidden": "true" } }),
      item.label,
    );
    list.append(b);
  }
  list.addEventListener("keydown", (event) => {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    if (event.key === "ArrowDown") go(at + 1);
    else if (event.key === "ArrowUp") go(at - 1);
    else if (event.key === "Home") go(0);
    else if (event.key === "End") go(buttons.length - 1);
    else if (event.key === "Escape" || event.key === "Tab") {
      close(event.key === "Escape");
      if (event.key === "Tab") return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  });
  return list;
}

const focusFirst = (list: HTMLElement) =>
  list.querySelector<HTMLButtonElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();

export function disclosureMenu(options: {
  id: string;
  icon: IconName;
  label: () => string;
  items: () => MenuItem[];
}): { root: HTMLElement; translate: () => void } {
  const word = h("span", { class: "btn-label" }, options.label());
  const trigger = h(
    "button",
    {
      class: "btn",
      attrs: {
        type: "button",
        id: `${options.id}-button`,
        "aria-haspopup": "menu",
        "aria-expanded": "false",
      },
    },
    icon(options.icon),
    word,
    icon("more", 14),
  );
  const root = h("div", { class: "menu", attrs: { id: options.id } }, trigger);
  let list: HTMLElement | null = null;
  const close = (restore: boolean) => {
    list?.remove();
    list = null;
    trigger.setAttribute("aria-expanded", "false");
    document.removeEventListener("pointerdown", outside, true);
    if (restore) trigger.focus();
  };
  const outside = (event: Event) => {
    if (!root.contains(event.target as Node)) close(false);
  };
  const open = (focus: boolean) => {
    list = menuList(options.items(), close, `${options.id}-items`);
    root.append(list);
    trigger.setAttribute("aria-expanded", "true");
    document.addEventListener("pointerdown", outside, true);
    if (focus) focusFirst(list);
  };
  trigger.addEventListener("click", (event) => (list ? close(false) : open(event.detail === 0)));
  trigger.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && !list) {
      event.preventDefault();
      open(true);
    }
  });
  return { root, translate: () => (word.textContent = options.label()) };
}

/** Opens a menu at (x, y) inside `host`; returns a function that closes it. */
export function popupMenu(
  host: HTMLElement,
  x: number,
  y: number,
  items: readonly MenuItem[],
  opener: HTMLElement | null,
  title?: string,
): () => void {
  host.querySelector(".context-menu")?.remove();
  let closed = false;
  const close = (restore: boolean) => {
    if (closed) return;
    closed = true;
    wrap.remove();
    document.removeEventListener("pointerdown", outside, true);
    if (restore) opener?.focus();
  };
  const outside = (event: Event) => {
    if (!wrap.contains(event.target as Node)) close(false);
  };
  const list = menuList(items, close, "context-menu-items");
  const wrap = h(
    "div",
    { class: "context-menu", attrs: { id: "context-menu" } },
    title ? h("div", { class: "menu-title" }, title) : null,
    list,
  );
  if (title) list.setAttribute("aria-label", title);
  host.append(wrap);
  const box = host.getBoundingClientRect();
  const w = wrap.offsetWidth;
  const hgt = wrap.offsetHeight;
  wrap.style.left = `${Math.max(4, Math.min(x, box.width - w - 4))}px`;
  wrap.style.top = `${Math.max(4, Math.min(y, box.height - hgt - 4))}px`;
  document.addEventListener("pointerdown", outside, true);
  focusFirst(list);
  return () => close(false);
}
