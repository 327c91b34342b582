// Turns an office preset plus the organizer's choices (name, gender, register, overrides) into the exact words of one letter.
import { UserError } from '../../errors.js';
import { suggestionText } from '../../campaign/did-you-mean.js';
import type { FormOverride, Gender, Target } from '../../campaign/campaign-schema.js';
import { localeFormat } from '../pages/locale-format.js';
import { compileTemplate } from './compile-template.js';
import type { LetterLibrary } from './load-letter-library.js';
import type { Office, OfficeForms, PresetText } from './office-preset-schema.js';
import { msg } from '../../i18n/message.js';

export type Register = 'formal' | 'diplomatic';

/** The forms of address for one person in one language, ready to print. */
export interface ResolvedForms {
  recipient: string[];
  address: string[];
  styled: string;
  salutation: string;
  close: string;
}

/** A person the letter addresses: the official, or the ambassador who transmits it. */
export interface AddressedPerson {
  name: string;
  names?: Record<string, string>;
  gender?: Gender;
  overrides?: Record<string, FormOverride>;
}

/** The office a target's preset (and variant) names; a UserError if the preset or variant is unknown. */
export function findOffice(library: LetterLibrary, target: Target, campaignFile?: string): { office: Office; file: string } {
  const loaded = library.presets.get(target.preset);
  if (!loaded) {
    const known = [...library.presets.keys()];
    throw new UserError(msg('letter.unknown-preset', { target: target.id, preset: target.preset, suggestion: suggestionText(target.preset, known), known: known.join(', ') }), { file: campaignFile });
  }
  const preset = loaded.value;
  if (!('variants' in preset)) return { office: preset, file: loaded.file };
  const variants = Object.keys(preset.variants);
  const office = target.variant === undefined ? undefined : preset.variants[target.variant];
  if (!office) {
    const given = target.variant === undefined ? msg('letter.no-variant') : msg('letter.unknown-variant', { variant: target.variant, suggestion: suggestionText(target.variant, variants) });
    throw new UserError(msg('letter.needs-variant', { target: target.id, preset: target.preset, variants: variants.join(', '), given }), { file: campaignFile });
  }
  return { office, file: loaded.file };
}

/**
 * The words for `person` in `language`; overrides replace preset parts and may use {{name}}. The preset's
 * address ends with `country`'s CLDR name in the letter's language; an overridden address is printed as given.
 */
export function resolveOfficeForms(
  forms: Record<string, OfficeForms>, person: AddressedPerson, language: string, register: Register, presetFile: string, country?: string,
): ResolvedForms {
  const preset = forms[language];
  if (!preset) {
    throw new UserError(msg('letter.no-forms', { language, has: Object.keys(forms).join(', ') }), { file: presetFile });
  }
  const gender = person.gender ?? 'neutral';
  const override = person.overrides?.[language] ?? {};
  const context = { name: person.names?.[language] ?? person.name };
  const fromPreset = (text: PresetText) => render(pick(text, register, gender), context, presetFile);
  const fromOverride = (text: string) => render(text, context, 'campaign overrides');
  return {
    recipient: override.recipient ? override.recipient.map(fromOverride) : preset.recipient.map(fromPreset),
    address: override.address ? override.address.map(fromOverride) : [...preset.address.map(fromPreset), ...(country ? [localeFormat(language).country(country)] : [])],
    styled: override.styled !== undefined ? fromOverride(override.styled) : fromPreset(preset.styled),
    salutation: override.salutation !== undefined ? fromOverride(override.salutation) : fromPreset(preset.salutation),
    close: override.close !== undefined ? fromOverride(override.close) : fromPreset(preset.close),
  };
}

/** Register first, then gender: `{formal: {male, female, neutral}, diplomatic: …}`. */
export function pick(text: PresetText, register: Register, gender: Gender): string {
  if (typeof text === 'string') return text;
  if ('formal' in text) return pick(text[register], register, gender);
  return text[gender];
}

function render(text: string, context: { name: string }, file: string): string {
  return compileTemplate(text, file)(context).trim();
}
