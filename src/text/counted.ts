// A count with its noun in the form the language's plural rule picks (Intl.PluralRules): "1 page", "2 pages".
// Never "1 pages" nor "page(s)"; test/text/plural-slips.test.ts keeps the source free of both.

/** A text whose words change with the count: 'other' always, 'one' (and so on) where the language has them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string; /** Exactly one, in a language whose rule has no 'one' (Korean, Chinese: "1개 국가 또는 지역"). */ '=1'?: string };

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` for `count` in `language` ("1 signature is", "2 signatures are"). */
export function pluralForm(forms: PluralForms, count: number, language = 'en'): string {
  let rule = rules.get(language);
  if (!rule) rules.set(language, rule = new Intl.PluralRules(language));
  return (count === 1 ? forms['=1'] : undefined) ?? forms[rule.select(count)] ?? forms.other;
}

const englishNumber = new Intl.NumberFormat('en-US');

/**
 * "1 page", "1,204 pages": English messages. `other` defaults to the noun plus "s"; give it for "entry"/"entries",
 * "person"/"people".
 */
export function counted(count: number, one: string, other = `${one}s`): string {
  return `${englishNumber.format(count)} ${pluralForm({ one, other }, count)}`;
}
