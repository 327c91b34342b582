// An answer to a yes-no question written as a sentence (verifyS2 F11): a Google Form's choices "Yes, display my name" /
// "No, keep me anonymous", "yes, publish it", "네 동의합니다", "익명 원하지 않음", "not needed". It is read by its leading
// yes or no word, and what follows may only agree with it: a sentence that says both ("Yes, keep me anonymous" under
// "Show my name?") is no clear answer.
import { commentAsksAnonymity } from './comment-asks-anonymity.js';
import { foldWords } from './anonymity-words.js';

/** What a sentence answer says of the name: shown, hidden, or nothing clear. */
export type SentenceStance = 'show' | 'hide' | null;

/** Yes words of more than a bare "yes" that open an answer ("Sure", "Of course", "Yes please"). */
const YES_OPENERS = ['yes', 'yeah', 'yep', 'sure', 'of course', 'ok', 'okay', 'certainly', 'absolutely', 'agreed?', 'i agree', 'i do', 'yes i do',
  '예', '네', '응', '동의(?:함|합니다|해요)?', 'はい', '同意(?:します|する)?', '是', '是的', '好', '可以', 'ja', 'ja gerne', 'klar', 'naturlich', 'si', 'claro', 'por supuesto',
  'oui', 'bien sur', 'da', 'да', 'конечно', 'sim', 'certo'];
/** No words that open an answer ("No, thanks", "아니요, 익명으로 해주세요", "Not needed"). */
const NO_OPENERS = ['no', 'nope', '아니요', '아니오', '아니', '미동의', '비동의', 'いいえ', '否', '不', '不同意', 'nein', 'non', 'нет', 'nao'];
const OPENER = new RegExp(`^(?:(${YES_OPENERS.join('|')})|(${NO_OPENERS.join('|')}))(?![\\p{L}\\p{N}])[\\s\\p{P}]*`, 'u');

/** Words that follow a word to say the opposite of it: "익명 원하지 않음", "anonymity not needed", "공개 안 함". */
const NEGATING_TAIL = /^(?:(?:을|를|은|는|이|가)\s*)?(?:원하지\s*않\p{L}*|원치\s*않\p{L}*|안\s*함|안\s*해\p{L}*|하지\s*않\p{L}*|싫\p{L}*|아님|아니\p{L}*|불필요|필요\s*없\p{L}*|x|not\s+(?:needed|necessary|required|wanted)|no\s+thanks?|unnecessary)$/u;
/** Words that follow a word to say it again: "익명 원함", "공개 희망", "anonymous please". */
const AFFIRMING_TAIL = /^(?:(?:을|를|으로|로)\s*)?(?:원함|원해요|원합니다|희망\p{L}*|요청\p{L}*|부탁\p{L}*|해\s*주세요|합니다|함|please|pls|thanks?|thank\s+you)$/u;
/** A whole answer that says no need: in an anonymity column "not needed" is no, and so is "필요 없음". */
const NO_NEED = /^(?:not\s+(?:needed|necessary|required|wanted)|no\s+need|unnecessary|불필요|필요\s*없\p{L}*)$/u;

/** Words that show the name in what follows a yes or no: "display my name", "publish it", "공개합니다". */
const SHOWS = /\b(?:display|show|publish|list|print|include|use|share)\w*\b|공개|게재|표시|公开|公開|表示|掲載|veroffentl|anzeig|zeig|publi|mostr|muestr|affich|montr/u;

/**
 * What a sentence answer says of the name, read by its opening word (a yes or no, or `word` read by the caller:
 * "익명", "공개"), and what follows it agreeing; null when it says nothing clear or contradicts itself.
 * `yesShows`: a yes in this column shows the name (a show-name column) rather than hides it.
 */
export function readSentenceAnswer(value: string, yesShows: boolean, wordStance: (word: string) => SentenceStance): SentenceStance {
  const folded = foldWords(value).replace(/\s+/gu, ' ').trim();
  if (NO_NEED.test(folded)) return yesShows ? 'hide' : 'show';
  const opened = OPENER.exec(folded);
  let stance: SentenceStance;
  let rest: string;
  if (opened) {
    stance = (opened[1] !== undefined) === yesShows ? 'show' : 'hide';
    rest = folded.slice(opened[0].length);
  } else {
    // A word of the column's own ("익명", "공개") followed by what wants or refuses it.
    const first = /^[\p{L}\p{N}]+/u.exec(folded);
    const word = first ? wordStance(first[0]) : null;
    if (first === null || word === null) return null;
    rest = folded.slice(first[0].length).replace(/^[\s\p{P}]+/u, '');
    if (NEGATING_TAIL.test(rest)) return word === 'show' ? 'hide' : 'show';
    return AFFIRMING_TAIL.test(rest) ? word : null;
  }
  rest = rest.replace(/[\s\p{P}]+$/u, '');
  if (rest === '' || AFFIRMING_TAIL.test(rest)) return stance;
  const restStance: SentenceStance = commentAsksAnonymity(rest) ? 'hide' : SHOWS.test(rest) && !/\bnot\b|n't|\bno\b|안|않|말|없/u.test(rest) ? 'show' : null;
  // What follows says nothing of the name ("네 동의합니다", "Yes, I agree") or says the same.
  if (restStance === null) return OPENS_CLAUSE.test(rest) ? null : stance;
  return restStance === stance ? stance : null;
}

/** What follows a yes that may say anything, so is not read as agreeing: "but", "only", "if", "unless", "except". */
const OPENS_CLAUSE = /^(?:but|only|if|unless|except|just|however|maybe|perhaps|initials?|first|하지만|단|만|이니셜|성만|이름만|ただし|但|aber|pero|mais|ma)\b|만$|only|initial|이니셜/u;
