/**
 * A response's bytes to text, in the character set the page declares.
 *
 * Why: regional sites still serve windows-1252 or ISO-8859-1 pages, and decoding those as UTF-8 turns every
 * accented name into U+FFFD. The WHATWG sniffing order is followed (byte-order mark, then the Content-Type
 * charset, then a <meta charset> or XML declaration in the first bytes) by encoding-sniffer, from the author
 * of htmlparser2; the bytes are then decoded by @exodus/bytes' TextDecoder (the encoding-sniffer's own
 * decoder), which implements every WHATWG encoding exactly. Node 20's TextDecoder is not enough: it decodes
 * windows-1252 as ISO-8859-1, so curly quotes and dashes (0x91–0x97) became invisible C1 controls. When
 * nothing is declared, UTF-8 is tried first (most pages today) and windows-1252 is the fallback, as
 * browsers do, only when the bytes are not valid UTF-8.
 */
import { TextDecoder } from "@exodus/bytes/encoding.js";
import { Sniffer, ResultType } from "encoding-sniffer/sniffer";

const SNIFF_BYTES = 1_024;

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "")?.[1];
}

export function encodingOf(bytes: Uint8Array, contentType: string | undefined): string {
  const label = charsetOf(contentType);
  const sniffer = new Sniffer({
    maxBytes: SNIFF_BYTES,
    ...(label ? { transportLayerEncodingLabel: label } : {}),
  });
  sniffer.write(bytes.subarray(0, SNIFF_BYTES));
  if (sniffer.resultType !== ResultType.DEFAULT) return sniffer.encoding;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

export function decodeBody(bytes: Uint8Array, contentType: string | undefined): string {
  const encoding = encodingOf(bytes, contentType);
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    // A label TextDecoder does not know (the sniffer accepted it): UTF-8 with replacement characters.
    return new TextDecoder("utf-8").decode(bytes);
  }
}
