// The shape of an office preset (templates/offices/*.yaml): forms of address per language, register and gender.
import { z } from 'zod';

const gendered = z.strictObject({ male: z.string(), female: z.string(), neutral: z.string() });
const plainOrGendered = z.union([z.string(), gendered], {
  error: 'must be a text, or a mapping with male, female and neutral texts',
});
/**
 * A preset text: plain, gendered ({male, female, neutral}), or per register ({formal, diplomatic}),
 * each of which may be gendered. `{{name}}` is the official's name.
 */
const presetText = z.union([plainOrGendered, z.strictObject({ formal: plainOrGendered, diplomatic: plainOrGendered })], {
  error: 'must be a text, a {male, female, neutral} mapping, or a {formal, diplomatic} mapping',
});

/** Everything the letter needs to address one office in one language. */
const officeForms = z.strictObject({
  /** Name and title lines of the address block. */
  recipient: z.array(presetText).min(1),
  /** The office's postal lines, after the recipient lines. */
  address: z.array(presetText),
  /** The official named in running text: "His Excellency Mr. …, Secretary-General of the United Nations". */
  styled: presetText,
  salutation: presetText,
  close: presetText,
});

const languages = z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/), officeForms);

const countryCode = z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as US' });

const office = z.strictObject({
  description: z.string(),
  official: languages,
  /** Present when the letter goes through an embassy: forms for the covering letter to the ambassador. */
  ambassador: languages.optional(),
  /**
   * The country of each address: its name ends the address block, in the letter's language from the CLDR
   * ("United States", "미국", "Estados Unidos"), so no language has its own spelling of it.
   */
  postalCountry: z.strictObject({ official: countryCode.optional(), ambassador: countryCode.optional() }).optional(),
});

export const officePresetSchema = z.union([
  office,
  z.strictObject({ description: z.string(), variants: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), office) }),
], { error: 'must have description and official (and ambassador), or description and variants' });

export type PresetText = z.output<typeof presetText>;
export type OfficeForms = z.output<typeof officeForms>;
export type Office = z.output<typeof office>;
export type OfficePreset = z.output<typeof officePresetSchema>;
