/**
 * The DOM types of the page reader. linkedom builds a DOM in Node, typed with the standard DOM interfaces,
 * so the reading code is typed against them; this reference brings them into the server's type-check
 * (the server's tsconfig has no DOM library, since nothing else of it runs against a DOM).
 */
/// <reference lib="dom" />
export { parseHTML } from "linkedom";
export type PageDocument = Document;
export type PageElement = Element;
