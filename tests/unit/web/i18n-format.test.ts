/**
 * Messages with numbers read as English does ("1 event", "2 events", "1 node, 0 edges"), and every English
 * message with a plural form names a parameter it is given; Indonesian needs no forms.
 */
import { describe, expect, it } from "vitest";
import { en } from "../../../web/src/i18n/en.ts";
import { id } from "../../../web/src/i18n/id.ts";
import { format } from "../../../web/src/i18n/index.ts";

describe("format", () => {
  it("chooses the English word for the number", () => {
    expect(format(en["graph.counts"], { nodes: 1, edges: 0 }, "en")).toBe("1 node, 0 edges");
    expect(format(en["graph.counts"], { nodes: 2, edges: 1 }, "en")).toBe("2 nodes, 1 edge");
    expect(format(en["details.eventCount"], { n: 1 }, "en")).toBe("1 event");
    expect(format(en["overview.topItem"], { events: 3, partners: 1 }, "en")).toBe("3 events, 1 partner");
    expect(format(en["legend.sizeOne"], { n: 1 }, "en")).toBe("Region size: the same, 1 event each");
  });

  it("leaves a form whose number is not given, and plain parameters, as they were", () => {
    expect(format("{n} {n|event|events} in {year}", { year: 2024 }, "en")).toBe(
      "{n} {n|event|events} in 2024",
    );
  });

  it("has forms only in English messages, each naming a parameter the message also shows", () => {
    for (const message of Object.values(id)) expect(message).not.toMatch(/\{\w+\|/);
    for (const message of Object.values(en))
      for (const [, name] of message.matchAll(/\{(\w+)\|[^}]*\}/g)) expect(message).toContain(`{${name}}`);
  });
});
