// Whether a header asks about showing or hiding the signer's name, and which way round: decided from broad vocabularies
// (en, ko, es, de, fr, it, pt, nl, zh, ja, ru) found anywhere in the folded header, not from a list of whole headers.
import { foldText } from '../normalize/fold.js';
import { plainHeader } from './header-key.js';
import { WHETHER } from './consent-negation.js';

/** 'hide': a yes hides the name. 'show': a yes shows it. 'unclear': about privacy or display, but which way is unknown. */
export type NamePolarity = 'hide' | 'show' | 'unclear';

const any = (parts: readonly string[]): RegExp => new RegExp(parts.join('|'), 'u');
/** A Latin word starting with one of these stems (after foldText: lower case, no accents, punctuation as spaces). */
const stems = (parts: readonly string[]): RegExp => new RegExp(`(?:^|\\s)(?:${parts.join('|')})`, 'u');
/** A Latin word that is exactly one of these. */
const words = (parts: readonly string[]): RegExp => new RegExp(`(?:^|\\s)(?:${parts.join('|')})(?=\\s|$)`, 'u');

/** The name as the thing shown or hidden (a signature's publication is the known aliases' and the unread net's business). */
const NAME_WORDS = [
  words(['names?', 'namen', 'namens', 'nombres?', 'nomes?', 'nom', 'noms', 'naam', 'namn', 'navn', 'nimi', 'imie', 'имя', 'имени',
    'identity', 'identidad', 'identidade', 'identita', 'identite', 'identitat']),
  stems(['namensnennung', 'vorname', 'nachname']),
  any(['이름', '성명', '실명', '성함', '姓名', '名前', '氏名', '名字', '实名', '實名']),
];

/** Hiding words that say privacy on their own, with or without a name word. */
const STRONG_HIDE = [
  words(['hide', 'hides', 'hidden', 'hiding', 'anon', 'secret', 'unlisted', 'unpublished', 'undisclosed', 'invisible', 'incognito']),
  stems(['anonym', 'anonim', 'privat', 'privad', 'prive', 'confiden', 'vertraulich', 'verberg', 'versteck', 'ausblend', 'masqu',
    'cacher', 'cache ', 'ocult', 'escond', 'nascond', 'nascost', 'riservat', 'geheim', 'аноним', 'скры', 'приват', 'конфиденц']),
  any(['익명', '숨기', '숨김', '숨겨', '감추', '감춤', '비밀', '기밀', '[비미](?:공개|표시|노출|게시|게재|표기|기재|공표)', '匿名', '隐藏', '隱藏',
    '保密', '秘密', '[非不](?:公开|公開|显示|顯示|表示|掲載)', '伏せ', '隠']),
];
/** Hiding words made of a negation and a showing word, taken out before either is looked for on its own. */
const NEGATED_SHOW = /[비미](?:공개|표시|노출|게시|게재|표기|기재|공표)|[非不](?:公开|公開|显示|顯示|表示|掲載)|(?:^|\s)(?:unlisted|unpublished|undisclosed|invisible)(?=\s|$)/gu;
/** Hiding words that need a name beside them: "Cover letter" or "Remove" alone are about something else. */
const WEAK_HIDE = [
  stems(['cover', 'mask', 'blur', 'omit', 'exclu', 'remove', 'withh', 'conceal', 'redact', 'leave out', 'leave off', 'keep off',
    'omitir', 'quitar', 'retir', 'weglass', 'auslass', 'schwarz', 'tacer', 'omett', 'ometti',
    // Initials or a pseudonym instead of the name: the full name stays hidden.
    'initial', 'inicial', 'iniziali', 'pseudonym', 'seudonim', 'pseudonim', 'alias', 'nickname', 'apodo', 'spitzname']),
  any(['가림', '가리', '가려', '블라인드', '마스킹', '이니셜', '가명', '닉네임', '별명', '성만', 'イニシャル', '仮名', '化名', '笔名']),
];
/** Showing words that speak of a public list on their own. */
const STRONG_SHOW = [
  words(['public', 'publicly', 'visible', 'visibly', 'sichtbar', 'zichtbaar', 'openbaar', 'visivel', 'visibile', 'visibles?']),
  stems(['publish', 'publica', 'publico', 'publiqu', 'publier', 'publie', 'pubblic', 'veroffentlich', 'offentlich', 'публи', 'опублик']),
  any(['공개', '게재', '공표', '公开', '公開', '公表', '掲載', '揭示']),
];
/** Showing words that need a name beside them ("Show on map", "Mailing list"). */
const WEAK_SHOW = [
  words(['show', 'shows', 'shown', 'showing', 'list', 'listed', 'listing', 'include', 'included', 'mention', 'mentioned', 'credit', 'credited',
    'appear', 'appears', 'mostrar', 'mostra', 'mostre', 'mostrare', 'exibir', 'exibe', 'exibido', 'exibida', 'aparecer', 'figurar', 'nennen', 'genannt',
    'afficher', 'affiche', 'tonen', 'vermelden', 'zeigen', 'anzeigen', 'angezeigt', 'gezeigt']),
  stems(['display', 'namensnennung', 'visualizz', 'esporre', 'esibi', 'nennung', 'zeig', 'anzeig', 'affich', 'apparait', 'muestr', 'показ', 'отобра']),
  any(['표시', '노출', '게시', '표기', '기재', '명단', '보이', '보여', '표출', '显示', '顯示', '表示', '展示', '出す']),
];
/** Nouns of privacy and visibility, and a setting's words: about the name, but no yes/no with a known direction. */
const NEUTRAL = [
  words(['privacy', 'visibility', 'datenschutz', 'sichtbarkeit', 'zichtbaarheid', 'privacidad', 'privacidade', 'riservatezza', 'confidentialite',
    'visibilidad', 'visibilidade', 'visibilita', 'visibilite', 'anonymity', 'anonymitat', 'anonimidad', 'anonimato', 'anonymat', 'anonimita']),
  stems(['datenschutz', 'privatsphare', 'vertraulichkeit']),
  any(['프라이버시', '공개\\s*(?:설정|범위|방식|상태|수준|옵션|선택)', '표시\\s*(?:설정|범위|방식|상태|옵션|선택)', '노출\\s*(?:설정|범위|방식)']),
];
/** A setting's or a choice's words: the answer is an option ("public", "initials only"), not a yes or no. */
const QUALIFIERS = [
  words(['status', 'setting', 'settings', 'preference', 'preferences', 'option', 'options', 'choice', 'level', 'mode', 'einstellung', 'einstellungen',
    'preferencia', 'opcion', 'ajuste', 'parametre', 'impostazione', 'preferenza', 'configuracao', 'nivel', 'modo']),
  any(['설정', '범위', '방식', '선택', '옵션']),
];
/** A document to accept, not a choice about the name: "Privacy policy accepted", "Datenschutzerklärung gelesen". */
const POLICY = any(['polic', 'terms', 'notice', 'statement', 'erklarung', 'richtlinie', 'hinweis', 'politica', 'politique', 'informativa',
  'bedingung', '방침', '약관', '안내', '수집', '이용']);
/** "Name (as shown on your ID)", "Nombre como aparece en el DNI": which name, not whether to show it. */
const NAME_AS_WRITTEN = any(['(?:^|\\s)as (?:it )?(?:is )?(?:shown|appears|displayed|written|printed)', '(?:^|\\s)como (?:aparece|figura|consta)',
  '(?:^|\\s)wie (?:im|auf|in)(?=\\s)', '(?:^|\\s)tel qu', '(?:^|\\s)print(?:ed)? (?:your )?name']);
/** "yes/no", "O/X", "예/아니오": the answers offered, not a negation. */
const ANSWER_OPTIONS = /(?:^|\s)(?:yes|y|ja|j|si|oui|sim|o|예|네)\s+(?:no|n|nein|non|nao|x|아니오|아니요)(?=\s|$)/gu;
/** A negation anywhere in the header turns its meaning around ("Name not shown", "이름 표기 안 함", "Publicar sin nombre"). */
const NEGATION = new RegExp([
  '안\\s*함', '않', '거부', '불가', '원치', '싫', '없이', '빼고', '제외', '금지', '지\\s*마', '지\\s*말', '[不无無非拒]',
  `(?:^|\\s)(?:${['not', 'don', 'dont', 'doesn', 'never', 'no', 'nicht', 'kein', 'keine', 'keinen', 'nie', 'ne', 'non', 'niet', 'nunca', 'nao', 'nem',
    'mai', 'off', 'out', 'instead', 'rather', 'without', 'except', 'sin', 'sans', 'ohne', 'senza', 'sem', 'pas', 'refuse', 'refused', 'decline', 'declined', 'не', 'без', '안', '못'].join('|')})(?=\\s|$)`,
].join('|'), 'u');
/** "공개 X" says no to a showing word; beside a hiding word ("비공개 (X 표시)") an X is the mark to make. */
const CROSS = /(?:^|\s)x(?=\s|$)/u;
/** "display name", "public name": the name to show, or a question about showing it. */
const NAME_NOUN = /(?:^|\s)(?:display|public|shown|visible) names?(?=\s|$)/u;

const has = (patterns: readonly RegExp[], text: string): boolean => patterns.some((pattern) => pattern.test(text));

/** Whether a header asks which name to write ("Name (as shown on your ID)"), not whether to show it. */
export function asksWhichNameIsWritten(header: string): boolean {
  return NAME_AS_WRITTEN.test(foldText(plainHeader(header)));
}

/**
 * What a header says about the signer's name: null when it says nothing of showing, hiding, privacy or visibility.
 * A name word with a showing or hiding word is about the name even when it also names it ("이름 표시" is no second
 * name column); a privacy or visibility noun without a direction, a setting's word or both directions at once are
 * 'unclear', and so is a header negated twice.
 */
export function namePolarity(header: string): NamePolarity | null {
  const folded = foldText(plainHeader(header));
  if (!folded || POLICY.test(folded) || NAME_AS_WRITTEN.test(folded)) return null;
  const text = ` ${folded.replace(ANSWER_OPTIONS, ' ').replace(WHETHER, ' ')} `;
  const named = has(NAME_WORDS, text);
  const strongHide = has(STRONG_HIDE, text);
  // "비공개", "非公開", "unpublished" hold a showing word and a negation: read as hiding, then taken out.
  const rest = text.replace(NEGATED_SHOW, ' ');
  const hide = strongHide || (named && has(WEAK_HIDE, text));
  const strongShow = has(STRONG_SHOW, rest);
  const show = strongShow || (named && has(WEAK_SHOW, rest));
  const neutral = has(NEUTRAL, text);
  const unclear = neutral || (hide && show) || ((hide || show) && has(QUALIFIERS, text));
  // Without a name word a direction is the known aliases' business (src/formats/header-aliases.ts), and what they
  // cannot read the unread-anonymity net reports: only the headers they would let pass are settled here.
  if (!named) return unclear ? 'unclear' : null;
  if (!hide && !show && !neutral) return null;
  if (unclear) return 'unclear';
  const negated = NEGATION.test(rest);
  // "Do not hide my name" read as showing would print a name on a misreading: it is left for the organizer.
  if (hide) return negated ? 'unclear' : 'hide';
  if (negated || CROSS.test(rest)) return 'hide';
  return NAME_NOUN.test(text) ? 'unclear' : 'show';
}
