// The words on the summary pages, per page language; English where a language has none here.
import { primaryLanguage } from './writing-direction.js';

export interface SummaryLabels {
  heading: string;
  target: string;
  rows: string;
  rejected: string;
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
  unknownCountry: string;
  bySource: string;
  source: string;
  byLanguage: string;
  language: string;
  unknownLanguage: string;
  chartTitle: string;
  /** Short column headers of the per-source table. */
  columns: Record<'rows' | 'rejected' | 'duplicates' | 'unique', string>;
  per: Record<'day' | 'week' | 'month' | 'year', string>;
  cumulative: string;
  /** `{n}` is the number of signatures without a date; the form by the language's plural rule (Intl.PluralRules). */
  undated: PluralForms;
  /** `{n}` is the number of pairs still to review. */
  pendingReview: string;
  /** Reject reasons (src/types.ts REJECT_REASONS) in words; an unknown code is shown as written. */
  rejectReasons: Record<string, string>;
}

const EN: SummaryLabels = {
  heading: 'Summary of signatures',
  target: 'To',
  rows: 'Rows read',
  rejected: 'Rows rejected',
  accepted: 'Signatures accepted',
  duplicates: 'Duplicates removed',
  unique: 'Unique signers',
  firstSigned: 'First signature',
  lastSigned: 'Last signature',
  byCountry: 'Unique signers by country',
  country: 'Country',
  signers: 'Signers',
  share: 'Share',
  otherCountries: 'Other countries ({n})',
  unknownCountry: 'Country not given',
  bySource: 'By source file',
  source: 'Source',
  byLanguage: 'By language',
  language: 'Language',
  unknownLanguage: 'Not given',
  chartTitle: 'Signatures over time',
  columns: { rows: 'Rows', rejected: 'Rejected', duplicates: 'Duplicates', unique: 'Unique' },
  per: { day: 'Signatures per day', week: 'Signatures per week', month: 'Signatures per month', year: 'Signatures per year' },
  cumulative: 'Cumulative total',
  undated: { one: '{n} signature without a date is not shown in the chart.', other: '{n} signatures without a date are not shown in the chart.' },
  pendingReview: 'Possible duplicate pairs still awaiting review: {n}',
  rejectReasons: { broken_row: 'Broken rows', repeated_header: 'Repeated header lines', no_name: 'No name', name_without_letters: 'Name without letters', formula_name: 'Name looks like a formula', outside_date_window: 'Signed outside the date window' },
};

const BY_LANGUAGE: Record<string, SummaryLabels> = {
  en: EN,
  ko: {
    heading: '서명 요약',
    target: '수신',
    rows: '읽은 행',
    rejected: '제외된 행',
    accepted: '유효 서명',
    duplicates: '제거된 중복 서명',
    unique: '서명자 수 (중복 제외)',
    firstSigned: '첫 서명',
    lastSigned: '마지막 서명',
    byCountry: '국가별 서명자',
    country: '국가',
    signers: '서명자',
    share: '비율',
    otherCountries: '기타 {n}개국',
    unknownCountry: '국가 미기재',
    bySource: '출처 파일별',
    source: '출처',
    byLanguage: '언어별',
    language: '언어',
    unknownLanguage: '미기재',
    chartTitle: '서명 추이',
    columns: { rows: '행', rejected: '제외', duplicates: '중복', unique: '서명자' },
    per: { day: '일별 서명', week: '주별 서명', month: '월별 서명', year: '연도별 서명' },
    cumulative: '누적 합계',
    undated: { other: '날짜가 없는 서명 {n}건은 그래프에 포함되지 않았습니다.' },
    pendingReview: '검토를 기다리는 중복 의심 쌍: {n}',
    rejectReasons: { broken_row: '깨진 행', repeated_header: '반복된 머리글', no_name: '이름 없음', name_without_letters: '글자 없는 이름', formula_name: '수식 형태의 이름', outside_date_window: '기간 밖 서명' },
  },
  de: {
    heading: 'Zusammenfassung der Unterschriften',
    target: 'An',
    rows: 'Gelesene Zeilen',
    rejected: 'Verworfene Zeilen',
    accepted: 'Gültige Unterschriften',
    duplicates: 'Entfernte Doppelungen',
    unique: 'Unterzeichnende (ohne Doppelungen)',
    firstSigned: 'Erste Unterschrift',
    lastSigned: 'Letzte Unterschrift',
    byCountry: 'Unterzeichnende nach Land',
    country: 'Land',
    signers: 'Unterzeichnende',
    share: 'Anteil',
    otherCountries: 'Weitere Länder ({n})',
    unknownCountry: 'Land nicht angegeben',
    bySource: 'Nach Quelldatei',
    source: 'Quelle',
    byLanguage: 'Nach Sprache',
    language: 'Sprache',
    unknownLanguage: 'Nicht angegeben',
    chartTitle: 'Verlauf der Unterschriften',
    columns: { rows: 'Zeilen', rejected: 'Verworfen', duplicates: 'Doppelt', unique: 'Eindeutig' },
    per: { day: 'Unterschriften pro Tag', week: 'Unterschriften pro Woche', month: 'Unterschriften pro Monat', year: 'Unterschriften pro Jahr' },
    cumulative: 'Gesamt (kumuliert)',
    undated: { one: '{n} Unterschrift ohne Datum ist im Diagramm nicht enthalten.', other: '{n} Unterschriften ohne Datum sind im Diagramm nicht enthalten.' },
    pendingReview: 'Noch zu prüfende mögliche Doppelungen: {n}',
    rejectReasons: { broken_row: 'Fehlerhafte Zeilen', repeated_header: 'Wiederholte Kopfzeilen', no_name: 'Kein Name', name_without_letters: 'Name ohne Buchstaben', formula_name: 'Name sieht wie eine Formel aus', outside_date_window: 'Außerhalb des Zeitraums' },
  },
  fr: {
    heading: 'Récapitulatif des signatures',
    target: 'Destinataire',
    rows: 'Lignes lues',
    rejected: 'Lignes rejetées',
    accepted: 'Signatures valides',
    duplicates: 'Doublons retirés',
    unique: 'Signataires uniques',
    firstSigned: 'Première signature',
    lastSigned: 'Dernière signature',
    byCountry: 'Signataires par pays',
    country: 'Pays',
    signers: 'Signataires',
    share: 'Part',
    otherCountries: 'Autres pays ({n})',
    unknownCountry: 'Pays non indiqué',
    bySource: 'Par fichier source',
    source: 'Source',
    byLanguage: 'Par langue',
    language: 'Langue',
    unknownLanguage: 'Non indiquée',
    chartTitle: 'Évolution des signatures',
    columns: { rows: 'Lignes', rejected: 'Rejetées', duplicates: 'Doublons', unique: 'Uniques' },
    per: { day: 'Signatures par jour', week: 'Signatures par semaine', month: 'Signatures par mois', year: 'Signatures par an' },
    cumulative: 'Total cumulé',
    undated: { one: '{n} signature sans date ne figure pas dans le graphique.', other: '{n} signatures sans date ne figurent pas dans le graphique.' },
    pendingReview: 'Paires de doublons possibles à examiner : {n}',
    rejectReasons: { broken_row: 'Lignes invalides', repeated_header: 'En-têtes répétés', no_name: 'Sans nom', name_without_letters: 'Nom sans lettres', formula_name: 'Nom en forme de formule', outside_date_window: 'Hors de la période' },
  },
  es: {
    heading: 'Resumen de firmas',
    target: 'Destinatario',
    rows: 'Filas leídas',
    rejected: 'Filas rechazadas',
    accepted: 'Firmas válidas',
    duplicates: 'Duplicados eliminados',
    unique: 'Firmantes únicos',
    firstSigned: 'Primera firma',
    lastSigned: 'Última firma',
    byCountry: 'Firmantes por país',
    country: 'País',
    signers: 'Firmantes',
    share: 'Porcentaje',
    otherCountries: 'Otros países ({n})',
    unknownCountry: 'País no indicado',
    bySource: 'Por archivo de origen',
    source: 'Origen',
    byLanguage: 'Por idioma',
    language: 'Idioma',
    unknownLanguage: 'No indicado',
    chartTitle: 'Evolución de las firmas',
    columns: { rows: 'Filas', rejected: 'Rechazadas', duplicates: 'Duplicados', unique: 'Únicos' },
    per: { day: 'Firmas por día', week: 'Firmas por semana', month: 'Firmas por mes', year: 'Firmas por año' },
    cumulative: 'Total acumulado',
    undated: { one: '{n} firma sin fecha no aparece en el gráfico.', other: '{n} firmas sin fecha no aparecen en el gráfico.' },
    pendingReview: 'Pares de posibles duplicados pendientes de revisión: {n}',
    rejectReasons: { broken_row: 'Filas dañadas', repeated_header: 'Encabezados repetidos', no_name: 'Sin nombre', name_without_letters: 'Nombre sin letras', formula_name: 'Nombre con forma de fórmula', outside_date_window: 'Fuera del periodo' },
  },
  zh: {
    heading: '签名汇总',
    target: '致',
    rows: '读取行数',
    rejected: '排除行数',
    accepted: '有效签名',
    duplicates: '已删除的重复签名',
    unique: '签名人数（不含重复）',
    firstSigned: '首个签名',
    lastSigned: '最后签名',
    byCountry: '按国家统计的签名人',
    country: '国家',
    signers: '签名人',
    share: '比例',
    otherCountries: '其他国家（{n}个）',
    unknownCountry: '未填写国家',
    bySource: '按来源文件',
    source: '来源',
    byLanguage: '按语言',
    language: '语言',
    unknownLanguage: '未填写',
    chartTitle: '签名趋势',
    columns: { rows: '行数', rejected: '排除', duplicates: '重复', unique: '独立签名人' },
    per: { day: '每日签名', week: '每周签名', month: '每月签名', year: '每年签名' },
    cumulative: '累计总数',
    undated: { other: '无日期的 {n} 个签名未计入图表。' },
    pendingReview: '待审核的疑似重复：{n}',
    rejectReasons: { broken_row: '损坏的行', repeated_header: '重复的表头', no_name: '无姓名', name_without_letters: '姓名无字母', formula_name: '姓名形似公式', outside_date_window: '超出日期范围' },
  },
};

export function summaryLabels(language: string | undefined): SummaryLabels {
  return BY_LANGUAGE[primaryLanguage(language)] ?? EN;
}

/** Fills `{n}` in a label. */
export function fillCount(label: string, count: string): string {
  return label.replace('{n}', count);
}

/** A label whose words change with the count: 'other' always, 'one' (and so on) where the language has them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of `forms` for `count` in `language` ("1 signature is", "2 signatures are"). */
export function pluralForm(forms: PluralForms, count: number, language = 'en'): string {
  return forms[new Intl.PluralRules(language).select(count)] ?? forms.other;
}
