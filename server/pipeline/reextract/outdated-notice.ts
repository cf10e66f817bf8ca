/**
 * What `npm start` says once when stored facts come from an older extractor: how many documents, and the
 * command that refreshes them. Nothing when every document is current.
 */
import { EXTRACTOR_VERSION } from "../extract/extractor-version.ts";
import type { StoredVersions } from "./reextract.ts";

export function outdatedNotice(versions: StoredVersions): string | undefined {
  if (versions.outdated === 0) return undefined;
  const documents =
    versions.outdated === 1
      ? "1 stored document carries"
      : `${versions.outdated} of ${versions.documents} stored documents carry`;
  return (
    `${documents} facts from an older extractor (this one is version ${EXTRACTOR_VERSION}). ` +
    'Run "npm run reextract" to extract them again and refresh the graph (docs/reextract.md).'
  );
}
