// The words signers and volunteers write for "don't show my name", in the languages of this petition's signers, and
// the fold they are compared under. Shared by the name cell (anonymous-name.ts), the comment column
// (comment-asks-anonymity.ts) and the placeholder check (validate/placeholder-name.ts).

/** A combining mark left after NFC (an accent no letter of its own takes): the fold may make a note word of it. */
export const COMBINING_MARK = /\p{M}/u;

/** NFKC (full width, compatibility forms), lower case, accents stripped, curly apostrophes straight. */
export function foldWords(text: string): string {
  return text.normalize('NFKC').normalize('NFD').replace(/\p{Mn}+/gu, '').normalize('NFC').toLowerCase().replace(/[’‘`´]/gu, "'");
}

/** Hangul particles and requests that may follow a Korean anonymity word: 익명으로, 비공개 요청, 익명 부탁드립니다. */
const KO_SUFFIX = '(?: ?(?:요청|희망|원함|처리|부탁|바람|요망|필요|으로|로|해 ?주세요|해 ?주십시오|부탁해요|부탁합니다|부탁드림|부탁드립니다|요청함|요청합니다|희망함|희망합니다|원해요|원합니다|바랍니다|합니다|함|해요|요))*';
/** 공개 ("public") followed by a negation: 공개X, 공개 안 함, 공개불가, 공개 거부. */
const KO_NOT_PUBLIC = '공개 ?(?:[x×✕✖✗✘╳]+|안 ?함|안 ?해|안 ?됨|안|불가|거부|금지|싫음|원치 ?않음|원하지 ?않음|ㄴㄴ|no|노)';
const KO_NAME = '(?:이름|실명|성명|본명|신원|신상|명의)';
const KOREAN = `(?:${KO_NAME} ?)?(?:비공개|익명|미공개|${KO_NOT_PUBLIC})${KO_SUFFIX}|${KO_NAME} ?(?:숨김|숨겨|가림|가려|감춤|빼|제외)${KO_SUFFIX}`;

/** anonym, anonymous(ly), anonyme, anónimo/a, anonimato, anonymement, anonymity, Anonymität — after foldWords. */
export const ANONYM = 'an+on[iy]m(?:ous(?:ly)?|us|e|o|a|os|as|e?ment|amente|ity|itat|ite|at|ato)?';
/** "do not publish", "no publicar", "nicht veröffentlichen", "ne pas publier", "non pubblicare", "não publicar". */
const DONT_SHOW = [
  "(?:(?:please|pls|plz|kindly) )?(?:do not|don't|dont|not to|never) (?:show|publish|display|print|list|share|use|disclose|reveal|release|include|post|give)(?: (?:my|the|full|real))*(?: names?)?",
  '(?:hide|withhold|omit|redact|conceal|mask|remove)(?: (?:my|the|full|real))* names?',
  'names? (?:withheld|hidden|redacted|not (?:shown|published|public|for publication|to be published))',
  'not for publication', 'keep (?:my )?names? (?:private|hidden|secret|confidential|off)',
  '(?:por favor )?no (?:publicar|publique|publiquen|mostrar|muestre|muestren|difundir|difunda|poner|ponga|pongan|revelar|incluir|incluya)(?: (?:mi|el))*(?: nombre)?',
  'sin (?:mi )?nombre', 'sin publicar', 'nombre (?:oculto|reservado|privado)',
  '(?:por favor )?nao (?:publicar|publique|publiquem|mostrar|mostre|mostrem|divulgar|divulgue|divulguem|exibir|exiba|revelar|incluir)(?: (?:o|meu))*(?: nome)?',
  'sem (?:o )?(?:meu )?nome',
  '(?:bitte )?(?:nicht|keinesfalls) (?:veroffentlichen|anzeigen|zeigen|nennen|publizieren|drucken|angeben)',
  'namen? (?:nicht (?:veroffentlichen|anzeigen|zeigen|nennen)|geheim|verbergen|ausblenden)', 'ohne (?:meinen )?namen?',
  '(?:ne )?pas (?:publier|afficher|montrer|divulguer|citer|diffuser|mentionner)(?: (?:mon|le))*(?: nom)?', 'sans (?:mon )?nom',
  'nom (?:cache|masque|confidentiel|prive|secret)',
  'non (?:pubblicare|pubblicate|mostrare|mostrate|divulgare|rendere pubblico|citare|indicare)(?: (?:il|mio))*(?: nome)?',
  'senza (?:il )?(?:mio )?nome', 'nome (?:riservato|nascosto|segreto)',
].join('|');
const CJK = '匿名(?:希望)?|名前非公開|非公開|非公开|不公开|不公開|请勿公开|請勿公開';

/** Words and phrases that ask for anonymity wherever they stand in a name cell: no name is made of them. */
export const STRONG_NOTE = `${KOREAN}|${ANONYM}|${DONT_SHOW}|${CJK}`;
/**
 * Words that ask for anonymity when set apart as a note (in brackets, after a dash or comma) or after the name, but
 * are names too, first in a cell: Private Ryan, Hide Tanaka, Anon Suksai.
 */
export const WEAK_NOTE = 'private|privado|privada|privat|prive|privee|privato|privata|confidential|confidencial|confidentiel|confidenziale|vertraulich|hidden|oculto|oculta|secret|secreto|secreta|geheim|withheld|sigiloso|sigilosa|riservato|riservata|reservado|reservada|nascosto|nascosta|unlisted|hide|anon';
/**
 * The weak words that a note after the name, unbracketed ("Bo Lee private"), may be: those no surname is spelled
 * as. "Hide", "Anon", "Hidden", "Secret" stay names there (Pat Hidden); set apart or in brackets they are notes.
 */
export const TRAILING_WEAK_NOTE = 'private|privado|privada|privat|prive|privee|privato|privata|confidential|confidencial|confidentiel|confidenziale|vertraulich|withheld|sigiloso|sigilosa|riservato|riservata|unlisted';

/** Words that go with an anonymity word and name nobody: "익명 요청", "Anonymous signer", "anonymous please". */
export const FILLER_WORDS = new Set([
  'please', 'pls', 'plz', 'request', 'requested', 'requests', 'signer', 'signatory', 'person', 'name', 'by', 'per', 'favor', 'por', 'bitte', 'svp',
  'firmante', 'unterzeichner', 'signataire', 'firmatario', 'signatario', 'assinante', 'pedido', 'solicitado', 'solicita', 'gewunscht', 'demande',
  'richiesto', '요청', '희망', '부탁', '요망', '처리', '서명자', '이름', '성명', '실명', '님', '씨',
]);

/**
 * Words for a signature: with an anonymity word they are a signer who signed without a name ("익명으로 서명",
 * "firma anónima"); alone, a volunteer's note that only a signature was there (validate/placeholder-name.ts).
 */
export const SIGNATURE_WORDS = new Set([
  '서명', '사인', '싸인', '서명함', 'signature', 'signed', 'sign', 'signing', 'firma', 'firmado', 'firmo', 'unterschrift', 'unterschrieben',
  'assinatura', 'assinado', 'firmato', 'signe', '署名', '签名',
]);

/** Whether every word of a folded text is a filler or signature word (or there are none). */
export function onlyFillerWords(folded: string): boolean {
  return folded.split(/[^\p{L}\p{N}'/]+/u).every((word) => word === '' || FILLER_WORDS.has(word) || SIGNATURE_WORDS.has(word));
}
