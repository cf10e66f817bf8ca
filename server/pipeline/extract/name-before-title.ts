/**
 * Reads a name printed before its title: "Sri Purnomo, Bupati Sleman", "Budi selaku Sekda", "Rina
 * yang juga Wali Kota", and in a sloppy copy "diwakili Ir. Tontro pahlawanto sekda kabupaten madiun".
 *
 * Why apart from person-names.ts: reading backwards needs its own stopping rules (a connector, degrees
 * between the name and the title, an honorific that starts the name), then hands the name to the forward
 * reader so both directions agree on what a name is.
 */
import { STOP_WORDS } from "./name-vocabulary.ts";
import {
  isDegree,
  isHonorific,
  isInitial,
  isNameWord,
  readNameForward,
  type NameOptions,
  type PersonName,
} from "./person-names.ts";

/** What joins a name to the title after it: "Sri Purnomo, Bupati", "Budi selaku Sekda", "yang juga". */
const CONNECTOR = /(?:,|\s(?:selaku|yang\s+juga(?:\s+sebagai|\s+menjabat(?:\s+sebagai)?)?))\s*$/u;

/** A degree at the end of the text before a title: "Hamid, M.Si., Kepala ...". */
const TRAILING_DEGREE = /,?\s*(\S+?),?\s*$/u;

/**
 * The name just before a title: "Sri Purnomo, Bupati Sleman", "Budi selaku Sekda", "Rina yang juga
 * Wali Kota", and with `lowerCase` a sloppy copy without a connector ("diwakili Ir. Tontro pahlawanto sekda
 * kabupaten madiun"). After a comma only names of two words or more, so a list word ("Ketiga, bupati ...")
 * is not taken for a name.
 */
export function readNameBackward(
  text: string,
  titleStart: number,
  options: NameOptions = {},
): PersonName | null {
  const before =
    text
      .slice(Math.max(0, titleStart - 100), titleStart)
      .split("\n")
      .pop() ?? "";
  const connector = CONNECTOR.exec(before);
  if (!connector && !options.lowerCase) return null;
  let head = connector ? before.slice(0, connector.index) : before.trimEnd();
  let degrees = false;
  for (let degree = TRAILING_DEGREE.exec(head); degree?.[1] && isDegree(degree[1]);) {
    head = head.slice(0, degree.index);
    degree = TRAILING_DEGREE.exec(head);
    degrees = true;
  }
  const words = head.split(/\s+/);
  const taken: string[] = [];
  for (let w = words.length - 1; w >= 0 && taken.length < 5; w--) {
    const word = words[w] as string;
    const bare = word.replace(/\.$/, "");
    const capitalisedName = /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !/^\p{Lu}{3,}$/u.test(bare);
    const lower = options.lowerCase === true && /^\p{Ll}{2,}$/u.test(word) && !STOP_WORDS.has(word);
    if (!capitalisedName && !lower && !isHonorific(word)) break;
    if (capitalisedName && !isHonorific(word) && !isNameWord(bare) && !isInitial(bare)) break;
    taken.unshift(word);
    // An honorific starts the name: "Pembicaranya Ir. Budi" begins at "Ir.".
    if (isHonorific(word) && taken.length > 1) break;
  }
  while (taken.length > 0 && (isHonorific(taken[0] as string) || !/^\p{Lu}/u.test(taken[0] as string)))
    taken.shift();
  const first = taken[0];
  if (!first || !isNameWord(first.replace(/\.$/, ""))) return null;
  // After a bare comma a single word may be a list word ("Ketiga, bupati ..."); with degrees it is a name.
  if (taken.length < ((connector?.[0].trim() === "," && !degrees) || !connector ? 2 : 1)) return null;
  const start = head.length - taken.join(" ").length;
  const at = titleStart - before.length + Math.max(0, head.lastIndexOf(first, start));
  const name = readNameForward(text, at, options);
  return name && name.end <= titleStart ? name : null;
}
