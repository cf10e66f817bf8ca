/**
 * Building DOM without HTML strings: `h(tag, props, ...children)` sets properties and attributes and appends
 * children as nodes or as text nodes. Every string from the API reaches the page through here (text nodes)
 * or textContent, never innerHTML, so article text, names and quotes are always shown literally.
 */
type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  attrs?: Record<string, string | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
  dataset?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props?.class) element.className = props.class;
  if (props?.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props?.attrs ?? {}))
    if (value !== undefined) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(props?.dataset ?? {})) element.dataset[name] = value;
  for (const [name, handler] of Object.entries(props?.on ?? {}))
    element.addEventListener(name, handler as EventListener);
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children; null and false children are skipped. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function button(label: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  return h("button", { ...props, attrs: { type: "button", ...props.attrs }, on: { click: onClick } }, label);
}

/**
 * A button with an icon and its word. `compact` keeps the word for screen readers and the tooltip only (for
 * map-like canvas controls); the phone layout may also hide words of `.btn` buttons, never their names.
 */
export function iconButton(
  icon: SVGElement,
  label: string,
  onClick: () => void,
  props: Props & { compact?: boolean } = {},
): HTMLButtonElement {
  const classes = ["btn", props.compact ? "btn-icon" : "", props.class ?? ""].filter(Boolean).join(" ");
  const word = h("span", { class: props.compact ? "visually-hidden btn-label" : "btn-label" }, label);
  const b = h(
    "button",
    { ...props, class: classes, attrs: { type: "button", ...props.attrs }, on: { click: onClick } },
    icon,
    word,
  );
  if (props.compact) b.title = label;
  return b;
}

/** Changes an icon button's word (and tooltip) without touching its icon. */
export function relabel(b: HTMLElement, label: string): void {
  const word = b.querySelector(".btn-label");
  if (word) word.textContent = label;
  else b.textContent = label;
  if (b.classList.contains("btn-icon")) b.title = label;
}

/** Text with the given [start, end) ranges wrapped in <mark>; overlapping ranges are merged. */
export function markedText(
  text: string,
  ranges: readonly { start: number; end: number; title?: string }[],
): Node[] {
  const sorted = ranges
    .filter((r) => r.start >= 0 && r.end <= text.length && r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes: Node[] = [];
  let at = 0;
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    let end = first.end;
    const titles = new Set(first.title ? [first.title] : []);
    i++;
    while (i < sorted.length && sorted[i]!.start < end) {
      end = Math.max(end, sorted[i]!.end);
      if (sorted[i]!.title) titles.add(sorted[i]!.title!);
      i++;
    }
    const start = Math.max(first.start, at);
    if (start > at) nodes.push(document.createTextNode(text.slice(at, start)));
    if (end > start) {
      const mark = h("mark", null, text.slice(start, end));
      if (titles.size > 0) mark.title = [...titles].join(" · ");
      nodes.push(mark);
    }
    at = Math.max(at, end);
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** Ranges where any of `needles` occurs in `text` (case-insensitive), for highlighting a fact in its quote. */
export function findRanges(text: string, needles: readonly string[]): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  const ranges: { start: number; end: number }[] = [];
  for (const needle of needles) {
    const n = needle.trim().toLowerCase();
    if (n.length < 2) continue;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(n, from);
      if (at < 0) break;
      ranges.push({ start: at, end: at + n.length });
      from = at + n.length;
    }
  }
  return ranges;
}
