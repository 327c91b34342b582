// Whether a consent header ("publish my name", "이름 공개") is said the other way round: read as consent, its yes
// would print the name of the signer who asked for it to be left out, so any negation at all forbids that reading.
import { plainHeader } from './header-key.js';

/** 'hide': the negation is plain, a yes hides the name. 'unclear': negated, but which way a yes goes is unknown. */
export type ConsentNegation = 'hide' | 'unclear';

/** Letters of scripts written without spaces: a negation glued to them ("이름공개X", "公開しない") is still one. */
const CJK = '\\p{Script=Hangul}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
/** A cross as an answer: "공개 ✗", "publish ❌", "이름공개X" (an X glued to a CJK word), "Show name: X". */
const CROSS = new RegExp(`[×✗✘❌⨯❎]|(?<=[${CJK}])\\s*x|x\\s*(?=[${CJK}])|(?:^|[^\\p{L}])x(?![\\p{L}])`, 'u');
/** Negating morphemes of Japanese, Chinese and Korean, found anywhere (they are glued to the word they negate). */
const CJK_NEGATION = /しない|しません|ません|ない|なし|無し|なしで|せず|ず(?:に|で)|不要|不|非|無|无|勿|否|没|沒|拒|別に|안|않|말고|말아|마세요|지\s*마|없이|없음|없게|거부|불가|원치|싫|제외|빼|금지|미(?=공개|표시|노출|게시|게재|표기|기재|동의)/u;
/** Negating words of the Latin and Cyrillic languages the campaign reaches. */
const WORD_NEGATION = new RegExp(`(?:^|[^\\p{L}])(?:${[
  'not', 'no', 'never', 'none', 'without', 'except', 'don\\W?t', 'do not', 'doesn\\W?t', 'won\\W?t', 'opt\\W?out', 'exclude[sd]?', 'excluding',
  'omit(?:ted)?', 'leave out', 'refuse[sd]?', 'decline[sd]?', 'nicht', 'kein(?:e|en)?', 'nie', 'ohne', 'ne', 'non', 'niet', 'nunca', 'nao', 'não', 'nem',
  'sin', 'sans', 'senza', 'sem', 'pas', 'jamais', 'не', 'нет', 'без', 'không', 'khong', 'huwag', 'hindi',
].join('|')})(?![\\p{L}])|(?:^|[^\\p{L}])(?:non|un|in)-?(?:public|publish|list|show|display|visib)`, 'iu');
/** Negations that say no to the box rather than to the name: whether the yes then shows or hides is unknown. */
const UNCLEAR_NEGATION = /(?:^|[^\p{L}])(?:un-?checked|un-?ticked|un-?marked|blank|empty)(?![\p{L}])|미/iu;

/** "yes/no", "Y/N", "O/X", "예/아니오", "はい・いいえ": the answers offered, not a negation. */
const ANSWER_OPTIONS = /(?<![\p{L}])(?:yes|y|ja|j|si|sí|oui|sim|da|да|o|예|네|はい|是)\s*[/|,・、]?\s*(?:no|n|nein|non|nao|não|нет|x|아니오|아니요|いいえ|否)(?![\p{L}])/giu;

/**
 * "Whether" in Chinese, Japanese and Korean ("是否公开姓名", "要不要公開", "公開するかどうか", "공개 여부"): a yes-or-no
 * question, not a negation. Read as one, "是否公开姓名" took its yes for "hide" and printed the name of a signer who
 * answered 否.
 */
export const WHETHER = /是否|是不是|可否|能否|要不要|[愿願]不[愿願]意|[与與]否|かどうか|여부/gu;

/** How a consent header is negated, or null when it carries no negation at all and may be read as consent. */
export function consentNegation(header: string): ConsentNegation | null {
  const text = plainHeader(header).toLowerCase().replace(ANSWER_OPTIONS, ' ').replace(WHETHER, ' ');
  if (UNCLEAR_NEGATION.test(text)) return 'unclear';
  if (CROSS.test(text) || CJK_NEGATION.test(text) || WORD_NEGATION.test(text)) return 'hide';
  return null;
}
