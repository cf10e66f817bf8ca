import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../../server/pipeline/extract/extractor-version.ts";
import { outdatedNotice } from "../../../server/pipeline/reextract/outdated-notice.ts";

describe("npm start's notice of outdated facts", () => {
  it("says nothing when every stored document is current", () => {
    expect(outdatedNotice({ outdated: 0, documents: 12, newest: EXTRACTOR_VERSION })).toBeUndefined();
    expect(outdatedNotice({ outdated: 0, documents: 0, newest: null })).toBeUndefined();
  });

  it("counts the outdated documents and names the command that refreshes them", () => {
    const notice = outdatedNotice({ outdated: 3, documents: 12, newest: EXTRACTOR_VERSION });
    expect(notice).toMatch(/^3 of 12 stored documents carry facts from an older extractor/);
    expect(notice).toContain(`version ${EXTRACTOR_VERSION}`);
    expect(notice).toContain("npm run reextract");
    expect(outdatedNotice({ outdated: 1, documents: 1, newest: null })).toMatch(/^1 stored document carries/);
  });
});
