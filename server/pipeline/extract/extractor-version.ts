/**
 * The version of the extractor's rules, recorded on every Document the loader writes (`extractorVersion`),
 * so `npm run reextract` knows which stored documents carry facts an older extractor made and `npm start`
 * can say so.
 *
 * Bump it by one in the same commit as any change to what the extractor outputs for some article (a new
 * rule, a corrected one, a changed vocabulary, gazetteer or schema), not for a change that only makes it
 * faster or rewords code. tests/unit/extract/extractor-version.test.ts pins a hash of the extractor's
 * output on the seeds, a synthetic corpus and the dev corpus together with this number: it fails when the
 * output changes and the number does not, and tells how to update the pin.
 */
export const EXTRACTOR_VERSION = 15;
