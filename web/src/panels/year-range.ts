/**
 * One year range with two handles over the histogram of events per year: the chosen years shaded, an axis
 * with labelled years, each handle a WAI-ARIA slider (←/↓ and →/↑ one year, Page Up/Down five, Home/End the
 * ends), dragged with a mouse or a finger, or moved by a click on the track. It is built once and updated in
 * place, so the focus stays on a handle across key presses; a change is committed after a short pause
 * (one undo step per gesture, not per year).
 */
import { h } from "../dom.ts";
import { t } from "../i18n/index.ts";

export interface YearRange {
  root: HTMLElement;
  /** The chosen years in words ("2019–2024"), for the fieldset's legend. */
  output: HTMLElement;
  /** New bounds of the axis and bars (from /api/stats). */
  setYears(years: readonly { year: number; count: number }[]): void;
  /** The years could not be read: say so instead of a made-up range without bars. */
  setFailed(): void;
  /** The range from the state; null means open at that end. */
  setValue(from: number | null, to: number | null): void;
  translate(): void;
}

const COMMIT_DELAY_MS = 450;

/**
 * The years the axis labels: every year up to 8, else every 2nd, 5th or 10th from the first, and always the
 * last; a regular label too close before the last would run into it ("2025" into "2026"), so it is left out.
 */
export function axisYears(first: number, last: number): number[] {
  const span = last - first + 1;
  const every = span <= 8 ? 1 : span <= 16 ? 2 : span <= 40 ? 5 : 10;
  const years: number[] = [];
  for (let year = first; year < last; year++)
    if ((year - first) % every === 0 && (every === 1 || last - year >= every / 2 + 1)) years.push(year);
  return [...years, last];
}

export function createYearRange(commit: (from: number | null, to: number | null) => void): YearRange {
  let years: { year: number; count: number }[] = [];
  let first = new Date().getFullYear() - 5;
  let last = new Date().getFullYear();
  let from = first;
  let to = last;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const output = h("output", { attrs: { id: "year-range-value", "aria-live": "off" } });
  const bars = h("div", { class: "yr-bars", attrs: { "aria-hidden": "true" } });
  const shade = h("div", { class: "yr-shade" });
  const track = h("div", { class: "yr-track" }, shade);
  const thumb = (id: string) =>
    h("div", {
      class: "yr-thumb",
      attrs: { id, role: "slider", tabindex: "0", "aria-orientation": "horizontal" },
    });
  const fromThumb = thumb("year-from");
  const toThumb = thumb("year-to");
  const axis = h("div", { class: "yr-axis", attrs: { "aria-hidden": "true" } });
  const slider = h("div", { class: "yr-slider" }, track, fromThumb, toThumb);
  // Until the years are read the range is a guess (the last five years, no bars), and it may never come: a
  // line says so, and the bars and axis wait (panels.css).
  const state = h("p", { class: "yr-state hint", attrs: { id: "year-range-state", role: "status" } });
  const root = h(
    "div",
    { class: "year-range", attrs: { id: "year-range" }, dataset: { state: "loading" } },
    state,
    bars,
    slider,
    axis,
  );
  const showState = () => {
    const now = root.dataset.state;
    state.textContent =
      now === "loading" ? t("filters.yearsLoading") : now === "failed" ? t("filters.yearsFailed") : "";
  };

  const pct = (year: number) => (last === first ? 50 : ((year - first) / (last - first)) * 100);

  function draw(): void {
    showState();
    output.textContent = root.dataset.state === "ready" ? t("filters.yearsValue", { from, to }) : "";
    for (const [el, value, key] of [
      [fromThumb, from, "filters.from"],
      [toThumb, to, "filters.to"],
    ] as const) {
      el.style.left = `${pct(value)}%`;
      el.setAttribute("aria-valuemin", String(first));
      el.setAttribute("aria-valuemax", String(last));
      el.setAttribute("aria-valuenow", String(value));
      el.setAttribute("aria-valuetext", String(value));
      el.setAttribute("aria-label", t(key));
    }
    shade.style.left = `${pct(from)}%`;
    shade.style.width = `${pct(to) - pct(from)}%`;
    const max = Math.max(1, ...years.map((y) => y.count));
    const counts = new Map(years.map((y) => [y.year, y.count]));
    bars.replaceChildren();
    axis.replaceChildren();
    const labelled = new Set(axisYears(first, last));
    for (let year = first; year <= last; year++) {
      const count = counts.get(year) ?? 0;
      const bar = h("span", {
        class: year >= from && year <= to ? "yr-bar in" : "yr-bar",
        attrs: { title: t("filters.barTitle", { year, n: count }) },
      });
      bar.style.height = `${count === 0 ? 2 : Math.max(8, Math.round((count / max) * 100))}%`;
      bars.append(bar);
      if (labelled.has(year)) {
        const tick = h("span", { class: "yr-tick" }, String(year));
        tick.style.left = `${pct(year)}%`;
        axis.append(tick);
      }
    }
  }

  function set(which: "from" | "to", value: number, commitNow = false): void {
    const v = Math.min(last, Math.max(first, Math.round(value)));
    if (which === "from") from = Math.min(v, to);
    else to = Math.max(v, from);
    draw();
    clearTimeout(timer);
    const send = () => commit(from === first ? null : from, to === last ? null : to);
    if (commitNow) send();
    else timer = setTimeout(send, COMMIT_DELAY_MS);
  }

  const keys = (which: "from" | "to") => (event: KeyboardEvent) => {
    const now = which === "from" ? from : to;
    const step: Record<string, number> = {
      ArrowLeft: -1,
      ArrowDown: -1,
      ArrowRight: 1,
      ArrowUp: 1,
      PageDown: -5,
      PageUp: 5,
    };
    if (event.key in step) set(which, now + step[event.key]!);
    else if (event.key === "Home") set(which, first);
    else if (event.key === "End") set(which, last);
    else return;
    event.preventDefault();
  };
  fromThumb.addEventListener("keydown", keys("from"));
  toThumb.addEventListener("keydown", keys("to"));

  const yearAt = (clientX: number) => {
    const box = slider.getBoundingClientRect();
    return first + ((clientX - box.left) / Math.max(1, box.width)) * (last - first);
  };
  const drag = (which: "from" | "to") => (event: PointerEvent) => {
    event.preventDefault();
    const el = which === "from" ? fromThumb : toThumb;
    el.focus();
    el.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => set(which, yearAt(e.clientX));
    const up = (e: PointerEvent) => {
      el.removeEventListener("pointermove", move);
      el.removeEventListener("pointerup", up);
      set(which, yearAt(e.clientX), true);
    };
    el.addEventListener("pointermove", move);
    el.addEventListener("pointerup", up);
  };
  fromThumb.addEventListener("pointerdown", drag("from"));
  toThumb.addEventListener("pointerdown", drag("to"));
  track.addEventListener("pointerdown", (event) => {
    const year = yearAt(event.clientX);
    const which = Math.abs(year - from) <= Math.abs(year - to) ? "from" : "to";
    set(which, year, true);
    (which === "from" ? fromThumb : toThumb).focus();
  });

  draw();
  return {
    root,
    setYears(next) {
      root.dataset.state = "ready";
      years = [...next].sort((a, b) => a.year - b.year);
      if (years.length > 0) {
        first = years[0]!.year;
        last = Math.max(years.at(-1)!.year, first + 1);
      }
      from = Math.max(first, Math.min(from, last));
      to = Math.min(last, Math.max(to, first));
      draw();
    },
    setFailed() {
      if (root.dataset.state === "ready") return;
      root.dataset.state = "failed";
      draw();
    },
    setValue(a, b) {
      clearTimeout(timer);
      from = Math.max(first, Math.min(a ?? first, last));
      to = Math.min(last, Math.max(b ?? last, from));
      draw();
    },
    translate: draw,
    output,
  };
}
