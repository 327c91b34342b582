// What a paper sheet says, in each language sheets can be printed in. {{…}} are filled by sheet-page.ts.
import { chooseKoreanParticles } from '../text/korean-particles.js';

export interface SheetLabels {
  to: string;
  fullText: string;
  fullTextFromOrganizer: string;
  columns: Record<'line' | 'name' | 'city' | 'country' | 'email' | 'anonymous' | 'signature', string>;
  emailOptional: string;
  privacyTitle: string;
  /** The first sentence of the privacy notice: {{fields}} is the list of the columns the sheet collects. */
  privacyCollect: string;
  /** What each column is called in that sentence. */
  privacyFields: Record<'name' | 'city' | 'country' | 'email', string>;
  /** Said only when the sheet has an email column. */
  privacyEmail: string;
  privacy: string;
  /** Said instead of `privacy` when a delivery of the campaign publishes the list. */
  privacyPublished: string;
  /**
   * Who receives the list for a target reached through an embassy (an `ambassador`): the embassy hands it on, so the
   * notice names it, not the head of state alone ({{ambassador}}, {{target}}).
   */
  viaEmbassy: string;
  anonymousBox: string;
  sheetOf: string;
  sheetId: string;
  /** Where a typed-up signature is on paper, as the signature list and `explain` print it. */
  paperLine: string;
}

export const SHEET_LABELS: Record<string, SheetLabels> = {
  en: {
    to: 'To: {{target}}',
    fullText: 'Full text: {{url}}',
    fullTextFromOrganizer: 'The full text is available from {{organizer}} ({{contact}}).',
    columns: { line: 'No.', name: 'Full name', city: 'City', country: 'Country', email: 'Email (optional)', anonymous: 'Hide name', signature: 'Signature' },
    emailOptional: 'optional',
    privacyTitle: 'Privacy',
    privacyCollect: 'We collect your {{fields}}, only to deliver this petition.',
    privacyFields: { name: 'name', city: 'city', country: 'country', email: 'email (if you give it)' },
    privacyEmail: '; your email is never printed in it',
    privacyPublished: 'The signature list is delivered to {{target}} and may be published{{email}}. To ask for your line to be removed or made anonymous later, contact {{organizer}} ({{contact}}).',
    viaEmbassy: 'the embassy (Ambassador {{ambassador}}), which hands it on to {{target}},',
    privacy: 'The signature list is shown to {{target}} and to no one else{{email}}. To ask for your line to be removed or made anonymous later, contact {{organizer}} ({{contact}}).',
    anonymousBox: 'Tick "Hide name" and your signature is counted, but your name is not shown in the delivered list.',
    sheetOf: 'sheet {{n}} of {{total}}',
    sheetId: 'Sheet ID',
    paperLine: 'sheet {{sheet}}, line {{line}}',
  },
  ko: {
    to: '수신: {{target}}',
    fullText: '청원 전문: {{url}}',
    fullTextFromOrganizer: '청원 전문은 {{organizer}}({{contact}})에 요청하실 수 있습니다.',
    columns: { line: '번호', name: '이름', city: '도시', country: '국가', email: '이메일(선택)', anonymous: '이름 비공개', signature: '서명' },
    emailOptional: '선택',
    privacyTitle: '개인정보 안내',
    privacyCollect: '이 청원을 전달하기 위해서만 {{fields}}을(를) 수집합니다.',
    privacyFields: { name: '이름', city: '도시', country: '국가', email: '(적어 주신 경우) 이메일' },
    privacyEmail: '. 이메일은 명단에 인쇄되지 않습니다',
    privacyPublished: '서명 명단은 {{target}}에게 전달되며 공개될 수 있습니다{{email}}. 나중에 서명을 삭제하거나 익명으로 바꾸려면 {{organizer}}({{contact}})에 연락해 주십시오.',
    viaEmbassy: '{{target}}에게 전하도록 {{ambassador}} 대사',
    privacy: '서명 명단은 {{target}}에게만 전달됩니다{{email}}. 나중에 서명을 삭제하거나 익명으로 바꾸려면 {{organizer}}({{contact}})에 연락해 주십시오.',
    anonymousBox: '"이름 비공개"에 표시하시면 서명은 집계되지만 전달되는 명단에 이름이 나타나지 않습니다.',
    sheetOf: '{{total}}장 중 {{n}}번째',
    sheetId: '서명지 번호',
    paperLine: '서명지 {{sheet}}, {{line}}번 줄',
  },
  es: {
    to: 'A: {{target}}',
    fullText: 'Texto completo: {{url}}',
    fullTextFromOrganizer: 'El texto completo está disponible en {{organizer}} ({{contact}}).',
    columns: { line: 'N.º', name: 'Nombre completo', city: 'Ciudad', country: 'País', email: 'Correo (opcional)', anonymous: 'Ocultar nombre', signature: 'Firma' },
    emailOptional: 'opcional',
    privacyTitle: 'Privacidad',
    privacyCollect: 'Recogemos su {{fields}} solo para entregar esta petición.',
    privacyFields: { name: 'nombre', city: 'ciudad', country: 'país', email: 'correo (si lo indica)' },
    privacyEmail: '; su correo nunca se imprime en ella',
    privacyPublished: 'La lista de firmas se entrega a {{target}} y puede publicarse{{email}}. Para pedir más tarde que se retire su línea o que sea anónima, escriba a {{organizer}} ({{contact}}).',
    viaEmbassy: 'la embajada (embajador {{ambassador}}), que la entrega a {{target}},',
    privacy: 'La lista de firmas se muestra a {{target}} y a nadie más{{email}}. Para pedir más tarde que se retire su línea o que sea anónima, escriba a {{organizer}} ({{contact}}).',
    anonymousBox: 'Marque "Ocultar nombre" y su firma se contará, pero su nombre no aparecerá en la lista entregada.',
    sheetOf: 'hoja {{n}} de {{total}}',
    sheetId: 'ID de hoja',
    paperLine: 'hoja {{sheet}}, línea {{line}}',
  },
};

export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/**
 * The privacy notice of a sheet: it says what the sheet collects, its own columns only (--columns name prints a
 * sheet that asks for no country and no email, and its notice must not say it collects them), who may receive the
 * list (every target of the campaign, in `names.target`), and, when a delivery publishes it, that it may be published.
 */
export function privacyNotice(labels: SheetLabels, columns: readonly ('name' | 'city' | 'country' | 'email')[], language: string, names: Record<string, string>, published = false): string {
  const fields = new Intl.ListFormat(language, { type: 'conjunction' }).format(columns.map((column) => labels.privacyFields[column]));
  const email = columns.includes('email') ? labels.privacyEmail : '';
  // Korean 을(를) after the list of fields: the last field's final consonant decides (도시를, 이름을).
  return chooseKoreanParticles(`${fill(labels.privacyCollect, { fields })} ${fill(published ? labels.privacyPublished : labels.privacy, { ...names, email })}`);
}

/** "sheet NKR-01-012-K, line 7" in the language (English where sheets are not printed in it). */
export function paperLineText(paper: { sheet: string; line: number }, language = 'en'): string {
  const labels = SHEET_LABELS[language] ?? SHEET_LABELS.en;
  return fill(labels.paperLine, { sheet: paper.sheet, line: paper.line });
}

/**
 * paperLineText for a cell that may wrap (the signature list): the line reference after the comma is held together
 * with no-break spaces, so a narrow cell breaks after "NKR-01-001-GJ," and never inside "3번 줄" or "line 3".
 */
export function paperLineCell(paper: { sheet: string; line: number }, language = 'en'): string {
  const labels = SHEET_LABELS[language] ?? SHEET_LABELS.en;
  const at = labels.paperLine.lastIndexOf(', ');
  const template = at === -1 ? labels.paperLine : labels.paperLine.slice(0, at + 2) + labels.paperLine.slice(at + 2).replaceAll(' ', '\u00a0');
  return fill(template, { sheet: paper.sheet, line: paper.line });
}
