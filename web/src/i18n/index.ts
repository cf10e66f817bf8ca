/**
 * The interface language: Bahasa Indonesia by default, English on a toggle. `t(key, params)` looks a message
 * up and fills its `{name}` parameters; panels re-render on `onLanguageChange`. Parameters are plain strings
 * that end up in textContent, never in HTML.
 */
import { en } from "./en.ts";
import { id, type MessageKey, type Messages } from "./id.ts";

export type Language = "id" | "en";
export type { MessageKey };

const catalogues: Record<Language, Messages> = { id, en };
let current: Language = "id";
const listeners = new Set<(language: Language) => void>();

/**
 * Fills `{name}` with its parameter, and `{name|one|other}` with the word for that number in the current
 * language ("1 event", "2 events"); Indonesian messages need no such forms.
 */
export function format(
  template: string,
  params: Record<string, string | number> = {},
  lang: Language = current,
): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) => {
      if (!(name in params)) return whole;
      const n = Number(params[name]);
      return new Intl.PluralRules(lang).select(n) === "one" ? one : other;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return format(catalogues[current][key], params);
}

/** A message key built from data ("kind." + a region kind), falling back to the raw value when unknown. */
export function tMaybe(prefix: string, value: string | null | undefined): string {
  if (!value) return "";
  const key = `${prefix}.${value}`;
  return key in catalogues[current] ? t(key as MessageKey) : value.replace(/_/g, " ");
}

export function language(): Language {
  return current;
}

export function setLanguage(next: Language): void {
  if (next === current) return;
  current = next;
  document.documentElement.lang = next;
  for (const listener of listeners) listener(next);
}

export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(current === "id" ? "id-ID" : "en-GB").format(n);
}

/** An instant ("2026-12-06T18:30:00.000Z") in the reader's time zone: "6 Des 2026 18.30" / "6 Dec 2026, 18:30". */
export function formatDateTime(instant: string): string {
  const value = new Date(instant);
  if (Number.isNaN(value.getTime())) return instant;
  return new Intl.DateTimeFormat(current === "id" ? "id-ID" : "en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(value);
}

/** "2021-10-26" → "26 Okt 2021" / "26 Oct 2021"; "2021-10" → "Okt 2021"; null → "". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return "";
  const [y, m, d] = date.split("-").map(Number);
  if (!y) return date;
  const locale = current === "id" ? "id-ID" : "en-GB";
  if (!m) return String(y);
  const value = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }
    : { month: "short", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(value);
}
