/**
 * Finds every fixed-vocabulary phrase of an article in one pass: event triggers, sector words,
 * programmes and organisations.
 *
 * Why one pass: the four vocabularies are tried at the same word starts; one lookup per word decides
 * whether any of them can start there.
 */
import { TRIGGER_PHRASES, triggerHits, type TriggerHit } from "./event-triggers.ts";
import { ORGANISATION_PHRASES, organisationHits, type OrganisationHit } from "./organisations.ts";
import { matchPhrasesTogether } from "./phrase-matcher.ts";
import { PROGRAMME_PHRASES, programmeHits, type ProgrammeHit } from "./programmes.ts";
import { SECTOR_PHRASES, sectorHits, type SectorHit } from "./sectors.ts";
import type { Token } from "./text.ts";

export interface VocabularyHits {
  triggers: TriggerHit[];
  sectors: SectorHit[];
  programmes: ProgrammeHit[];
  organisations: OrganisationHit[];
}

const MATCHERS = [TRIGGER_PHRASES, SECTOR_PHRASES, PROGRAMME_PHRASES, ORGANISATION_PHRASES] as const;

export function findVocabulary(text: string, tokens: readonly Token[]): VocabularyHits {
  const [triggers, sectors, programmes, organisations] = matchPhrasesTogether(MATCHERS, text, tokens);
  return {
    triggers: triggerHits(triggers),
    sectors: sectorHits(text, sectors),
    programmes: programmeHits(text, programmes),
    organisations: organisationHits(text, organisations),
  };
}
