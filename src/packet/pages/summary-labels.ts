// The words on the summary pages, per page language; English where a language has none here.
import type { PluralForms } from '../../text/counted.js';
import { primaryLanguage } from './writing-direction.js';

export interface SummaryLabels {
  heading: string;
  target: string;
  accepted: string;
  duplicates: string;
  unique: string;
  firstSigned: string;
  lastSigned: string;
  byCountry: string;
  country: string;
  signers: string;
  share: string;
  /** `{n}` is the number of countries folded into the line. */
  otherCountries: string;
  /** `{n}` is the number of languages folded into the line (each with too few signers to be named). */
  otherLanguages: string;
  unknownCountry: string;
  /** A country value that names no country ("Atlantis"): one line of its own, apart from those who gave none. */
  unrecognisedCountry: string;
  bySource: string;
  source: string;
  /** Sources with neither a known platform nor a label in the campaign. */
  otherSources: string;
  /** Sources without a label typed up from the tool's own paper sheets (sheet ID and line columns). */
  paperSheets: string;
  byLanguage: string;
  language: string;
  unknownLanguage: string;
  /** A language value that names no language ("zz", a typo): one line of its own, apart from those who gave none. */
  unrecognisedLanguage: string;
  chartTitle: string;
  /** Short column headers of the per-source table. */
  columns: Record<'accepted' | 'duplicates' | 'unique', string>;
  per: Record<'day' | 'week' | 'month' | 'year', string>;
  cumulative: string;
  /** `{n}` is the number of signers without a date (the chart plots signers); the form by the language's plural rule. */
  undated: PluralForms;
}

const EN: SummaryLabels = {
  heading: 'Summary of signatures',
  target: 'To',
  accepted: 'Signatures received',
  duplicates: 'Duplicates removed',
  unique: 'Unique signers',
  firstSigned: 'First signature',
  lastSigned: 'Last signature',
  byCountry: 'Unique signers by country',
  country: 'Country',
  signers: 'Signers',
  share: 'Share',
  otherCountries: 'Other countries ({n})',
  otherLanguages: 'Other languages ({n})',
  unknownCountry: 'Country not given',
  unrecognisedCountry: 'Country not recognised',
  bySource: 'By source',
  source: 'Source',
  otherSources: 'Other lists',
  paperSheets: 'Paper sheets',
  byLanguage: 'By language',
  language: 'Language',
  unknownLanguage: 'Not given',
  unrecognisedLanguage: 'Language not recognised',
  chartTitle: 'Signers over time',
  columns: { accepted: 'Signatures', duplicates: 'Duplicates', unique: 'Unique' },
  per: { day: 'New signers per day', week: 'New signers per week', month: 'New signers per month', year: 'New signers per year' },
  cumulative: 'Cumulative total',
  undated: { one: '{n} signer without a date is not shown in the chart.', other: '{n} signers without a date are not shown in the chart.' },
};

const BY_LANGUAGE: Record<string, SummaryLabels> = {
  en: EN,
  ko: {
    heading: '서명 요약',
    target: '수신',
    accepted: '접수된 서명',
    duplicates: '제거된 중복 서명',
    unique: '서명자 수 (중복 제외)',
    firstSigned: '첫 서명',
    lastSigned: '마지막 서명',
    byCountry: '국가별 서명자',
    country: '국가',
    signers: '서명자',
    share: '비율',
    otherCountries: '기타 {n}개국',
    otherLanguages: '기타 {n}개 언어',
    unknownCountry: '국가 미기재',
    unrecognisedCountry: '알 수 없는 국가',
    bySource: '출처별',
    source: '출처',
    otherSources: '기타 명부',
    paperSheets: '종이 서명지',
    byLanguage: '언어별',
    language: '언어',
    unknownLanguage: '미기재',
    unrecognisedLanguage: '알 수 없는 언어',
    chartTitle: '서명자 추이',
    columns: { accepted: '서명', duplicates: '중복', unique: '서명자' },
    per: { day: '일별 신규 서명자', week: '주별 신규 서명자', month: '월별 신규 서명자', year: '연도별 신규 서명자' },
    cumulative: '누적 합계',
    undated: { other: '날짜가 없는 서명자 {n}명은 그래프에 포함되지 않았습니다.' },
  },
  de: {
    heading: 'Zusammenfassung der Unterschriften',
    target: 'An',
    accepted: 'Eingegangene Unterschriften',
    duplicates: 'Entfernte Doppelungen',
    unique: 'Unterzeichnende (ohne Doppelungen)',
    firstSigned: 'Erste Unterschrift',
    lastSigned: 'Letzte Unterschrift',
    byCountry: 'Unterzeichnende nach Land',
    country: 'Land',
    signers: 'Unterzeichnende',
    share: 'Anteil',
    otherCountries: 'Weitere Länder ({n})',
    otherLanguages: 'Weitere Sprachen ({n})',
    unknownCountry: 'Land nicht angegeben',
    unrecognisedCountry: 'Land nicht erkannt',
    bySource: 'Nach Quelle',
    source: 'Quelle',
    otherSources: 'Weitere Listen',
    paperSheets: 'Unterschriftenbögen',
    byLanguage: 'Nach Sprache',
    language: 'Sprache',
    unknownLanguage: 'Nicht angegeben',
    unrecognisedLanguage: 'Sprache nicht erkannt',
    chartTitle: 'Verlauf der Unterzeichnenden',
    columns: { accepted: 'Unterschriften', duplicates: 'Doppelt', unique: 'Eindeutig' },
    per: { day: 'Neue Unterzeichnende pro Tag', week: 'Neue Unterzeichnende pro Woche', month: 'Neue Unterzeichnende pro Monat', year: 'Neue Unterzeichnende pro Jahr' },
    cumulative: 'Gesamt (kumuliert)',
    undated: { one: '{n} unterzeichnende Person ohne Datum ist im Diagramm nicht enthalten.', other: '{n} Unterzeichnende ohne Datum sind im Diagramm nicht enthalten.' },
  },
  fr: {
    heading: 'Récapitulatif des signatures',
    target: 'Destinataire',
    accepted: 'Signatures reçues',
    duplicates: 'Doublons retirés',
    unique: 'Signataires uniques',
    firstSigned: 'Première signature',
    lastSigned: 'Dernière signature',
    byCountry: 'Signataires par pays',
    country: 'Pays',
    signers: 'Signataires',
    share: 'Part',
    otherCountries: 'Autres pays ({n})',
    otherLanguages: 'Autres langues ({n})',
    unknownCountry: 'Pays non indiqué',
    unrecognisedCountry: 'Pays non reconnu',
    bySource: 'Par source',
    source: 'Source',
    otherSources: 'Autres listes',
    paperSheets: 'Feuilles de signatures',
    byLanguage: 'Par langue',
    language: 'Langue',
    unknownLanguage: 'Non indiquée',
    unrecognisedLanguage: 'Langue non reconnue',
    chartTitle: 'Évolution des signataires',
    columns: { accepted: 'Signatures', duplicates: 'Doublons', unique: 'Uniques' },
    per: { day: 'Nouveaux signataires par jour', week: 'Nouveaux signataires par semaine', month: 'Nouveaux signataires par mois', year: 'Nouveaux signataires par an' },
    cumulative: 'Total cumulé',
    undated: { one: '{n} signataire sans date ne figure pas dans le graphique.', other: '{n} signataires sans date ne figurent pas dans le graphique.' },
  },
  es: {
    heading: 'Resumen de firmas',
    target: 'Destinatario',
    accepted: 'Firmas recibidas',
    duplicates: 'Duplicados eliminados',
    unique: 'Firmantes únicos',
    firstSigned: 'Primera firma',
    lastSigned: 'Última firma',
    byCountry: 'Firmantes por país',
    country: 'País',
    signers: 'Firmantes',
    share: 'Porcentaje',
    otherCountries: 'Otros países ({n})',
    otherLanguages: 'Otros idiomas ({n})',
    unknownCountry: 'País no indicado',
    unrecognisedCountry: 'País no reconocido',
    bySource: 'Por origen',
    source: 'Origen',
    otherSources: 'Otras listas',
    paperSheets: 'Hojas de firmas en papel',
    byLanguage: 'Por idioma',
    language: 'Idioma',
    unknownLanguage: 'No indicado',
    unrecognisedLanguage: 'Idioma no reconocido',
    chartTitle: 'Evolución de los firmantes',
    columns: { accepted: 'Firmas', duplicates: 'Duplicados', unique: 'Únicos' },
    per: { day: 'Nuevos firmantes por día', week: 'Nuevos firmantes por semana', month: 'Nuevos firmantes por mes', year: 'Nuevos firmantes por año' },
    cumulative: 'Total acumulado',
    undated: { one: '{n} firmante sin fecha no aparece en el gráfico.', other: '{n} firmantes sin fecha no aparecen en el gráfico.' },
  },
  zh: {
    heading: '签名汇总',
    target: '致',
    accepted: '收到的签名',
    duplicates: '已删除的重复签名',
    unique: '签名人数（不含重复）',
    firstSigned: '首个签名',
    lastSigned: '最后签名',
    byCountry: '按国家统计的签名人',
    country: '国家',
    signers: '签名人',
    share: '比例',
    otherCountries: '其他国家（{n}个）',
    otherLanguages: '其他语言（{n}种）',
    unknownCountry: '未填写国家',
    unrecognisedCountry: '无法识别的国家',
    bySource: '按来源',
    source: '来源',
    otherSources: '其他名单',
    paperSheets: '纸质签名表',
    byLanguage: '按语言',
    language: '语言',
    unknownLanguage: '未填写',
    unrecognisedLanguage: '无法识别的语言',
    chartTitle: '签名人数趋势',
    columns: { accepted: '签名', duplicates: '重复', unique: '独立签名人' },
    per: { day: '每日新增签名人', week: '每周新增签名人', month: '每月新增签名人', year: '每年新增签名人' },
    cumulative: '累计总数',
    undated: { other: '无日期的 {n} 名签名人未计入图表。' },
  },
};

/** The languages with summary labels of their own. */
export const SUMMARY_LANGUAGES: Readonly<Record<string, unknown>> = BY_LANGUAGE;

export function summaryLabels(language: string | undefined): SummaryLabels {
  return BY_LANGUAGE[primaryLanguage(language)] ?? EN;
}

/** Fills `{n}` in a label. */
export function fillCount(label: string, count: string): string {
  return label.replace('{n}', count);
}

export { pluralForm, type PluralForms } from '../../text/counted.js';
