// Routes one part of the packet to its layout.
import type { LetterContent } from '../letter/compose-letters.js';
import type { Counts } from '../../types.js';
import type { PageFrame, PageModel, TextMeasure } from './document-model.js';
import { layoutLetter } from './layout-letter.js';
import { layoutPetitionText } from './layout-petition-text.js';
import { fillWords, packetWords } from './packet-words.js';
import { localeFormat } from './locale-format.js';
import { primaryLanguage } from './writing-direction.js';
import { summaryLabels } from './summary-labels.js';
import { layoutSummary } from './layout-summary.js';

export type PacketPart =
  /** `to`: who the letter addresses, named in the packet's language for its contents (else as the letter names them). */
  | { kind: 'letter'; letter: LetterContent; to?: string }
  | { kind: 'summary'; counts: Counts; title: string; target: string; language?: string; timezone?: string; topCountries?: number; sourceNames?: Record<string, string>; fewestNamed?: number; foldedCountries?: readonly string[] }
  | { kind: 'petition-text'; language: string; title: string; text: string; packetLanguage?: string };

export function layoutPart(part: PacketPart, frame: PageFrame, measure: TextMeasure): PageModel[] {
  switch (part.kind) {
    case 'letter':
      return layoutLetter(part.letter, frame, measure);
    case 'summary':
      return layoutSummary(part, frame, measure);
    case 'petition-text':
      return layoutPetitionText(part, frame, measure);
  }
}

/** Who a letter addresses, office and all: the running-text form, else the first line of its address block. */
export function addresseeOf(letter: LetterContent): string {
  return letter.addressee ?? letter.recipient[0] ?? letter.salutation;
}

/** The language a part is written in, for the PDF's /Lang. */
export function partLanguage(part: PacketPart): string | undefined {
  if (part.kind === 'letter') return part.letter.language;
  return part.language;
}

/** The part's line in the packet's contents and the PDF's bookmarks, in the packet's main language. */
export function partTitle(part: PacketPart | { kind: 'drawn'; title: string }, language?: string): string {
  const words = packetWords(language);
  const format = localeFormat(language);
  switch (part.kind) {
    case 'drawn':
      return part.title;
    case 'letter': {
      const { letter } = part;
      const to = part.to ?? addresseeOf(letter);
      const title = fillWords(letter.kind === 'cover-to-ambassador' ? words.coveringLetterTo : words.letterTo, { to, language: format.languageName(letter.language) });
      // Spanish contracts "a el" to "al" ("Carta al señor …").
      return primaryLanguage(language) === 'es' ? title.replace(/\ba el\b/g, 'al').replace(/\bde el\b/g, 'del') : title;
    }
    case 'summary':
      return summaryLabels(language ?? part.language).heading;
    case 'petition-text':
      return fillWords(words.petitionText, { language: format.languageName(part.language) });
  }
}
