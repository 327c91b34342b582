// A signer who asks in the comment box not to be named (adv-s9 D8): an online form without an anonymity tick leaves
// them nowhere else to say it. A first-person request about the name, or the bare anonymity words as the whole
// comment, is a request; a comment about privacy in general ("China must respect privacy") is not.
import { COMBINING_MARK, ANONYM, FILLER_WORDS, NAME_WITH_NEGATION, OTHER_LANGUAGES, SIGNATURE_WORDS, WEAK_NOTE, foldWords, mayHoldLanguageNote } from './anonymity-words.js';
import { declinesName, mayHoldNameNote, readNameCell } from './anonymous-name.js';
import { givesSafetyReason } from './safety-reason.js';

const ANY = "[\\p{L}\\p{N}'-]+";
/** Up to `n` words between two parts of a request. */
const gap = (n: number): string => `(?:${ANY}\\s+){0,${n}}`;
const NAME = '(?:names?|nombres?|nome|nom|namen?|signature|firma|unterschrift|assinatura)';
const MY_NAME = `(?:my|mi|mis|mio|meu|mon|mes|ma|meinen?|meinem|meine)\\s+(?:(?:full|real|whole|complete|completo|vollen|vollstandigen|nom|own)\\s+)?${NAME}`;
const THEIR_NAME = `(?:mi|mis|mio|meu|mon|mes|ma|meinen?|meinem|meine)\\s+(?:(?:completo|vollen|vollstandigen)\\s+)?${NAME}`;
// "Can't give my name", "cannot disclose my name" (verifyS2 F3): what the signer can't do, they ask not to be done.
const EN_NEGATION = "(?:(?:do|does|please|pls|plz|kindly)\\s+not|don'?t|dont|never|should\\s*n'?t|should\\s+not|must\\s*n'?t|must\\s+not|won'?t|will\\s+not|not\\s+to|can'?t|can\\s*not|unable\\s+to)";
const EN_SHOW = '(?:publish|show|display|print|list|share|use|disclose|reveal|release|include|post|mention|put|give|make|spell|write)\\w*';

/** "my" about the speaker's own name or identity, not "my grandmother", "my friends". */
const MY_OWN = 'my\\s+(?:(?:full|real|whole|own)\\s+)?(?:names?|identity|signature|details|data|info)';
/** The anonymity word as an adjective before another's noun: "my anonymous friends", "for anonymous donors". */
const NOT_ANOTHERS = '(?<!\\b(?:my|our|your|his|her|their|its|the|these|those|for|to|of|with|about)\\s+)';

const REQUESTS = [
  // English
  `\\b${EN_NEGATION}\\s+${gap(2)}${EN_SHOW}\\s+${gap(2)}${MY_NAME}\\b`,
  `\\bmy\\s+(?:full\\s+|real\\s+)?names?\\s+${gap(2)}(?:not|n't|never)\\s+(?:be\\s+)?(?:published|shown|displayed|printed|listed|shared|used|disclosed|revealed|released|included|made\\s+public|public|mentioned|given|appear\\w*|show\\s+up|seen|visible|known)`,
  // One's identity, as one's name (outside tester K, F2): "Do not disclose my identity", "Keep my identity secret".
  `\\b${EN_NEGATION}\\s+${gap(2)}${EN_SHOW}\\s+${gap(2)}my\\s+(?:real\\s+)?identity\\b`,
  '\\b(?:keep|make)\\s+my\\s+(?:real\\s+)?identity\\s+(?:private|hidden|secret|confidential|anonymous)\\b',
  '\\b(?:meine\\s+)?(?:identitat|namen?)\\s+(?:bitte\\s+)?(?:geheim|vertraulich|nicht\\s+(?:nennen|preisgeben|veroffentlichen|angeben))',
  `\\b(?:hide|withhold|omit|remove|redact|leave\\s+out|keep\\s+out|black\\s+out|exclude|conceal|mask|blank\\s+out|keep)\\s+${MY_NAME}`,
  `\\b(?:keep|make)\\s+(?:my\\s+)?${NAME}\\s+(?:private|hidden|secret|confidential|off|out|anonymous)`,
  `\\b(?:without|w/o|sin|sem|senza|sans|ohne)\\s+(?:showing\\s+|using\\s+|publishing\\s+|el\\s+|o\\s+|il\\s+)?(?:(?:my|mi|mio|meu|mon|meinen?|meinem)\\s+)?(?:names?|nombres?|nome|nom|namen?)\\b`,
  `\\bsign(?:ing|ed)?\\s+(?:me\\s+)?(?:up\\s+)?(?:as\\s+)?${ANONYM}`,
  // A whole comment that says what not to do, with nothing after it to say to what: "Cannot disclose", "Do not list",
  // "Rather not say", "Please don't publish" (verifyS2 F3). In a comment box beside a name, that is the name.
  `^\\W*(?:(?:i|we)\\s+)?(?:(?:please|pls|plz|kindly)\\s+)?(?:${EN_NEGATION}|(?:would|'d)\\s+rather\\s+not|rather\\s+not|prefer\\s+not\\s+to|not\\s+to\\s+be)\\s+(?:be\\s+)?${EN_SHOW}(?:\\s+(?:it|this|that|me|publicly|please|thanks?|thank\\s+you))*\\W*$`,
  `^\\W*(?:(?:i|we)\\s+)?(?:would|'d)?\\s*(?:rather|prefer)\\s+not\\s+(?:to\\s+)?(?:say|tell|answer|disclose|give\\s+it|share\\s+it)\\W*$`,
  `\\bno\\s+names?,?\\s+please\\b`, `\\bnot\\s+for\\s+publication\\b`, `\\b${EN_NEGATION}\\s+(?:list|name|show|publish|include|identify|display|mention)\\s+me\\b`,
  // The speaker, or their name, and the word about them: "I want to stay anonymous", "my name anonymous please". Not
  // "my grandmother fled anonymously" nor "I sign for my anonymous friends": another person, or the word before
  // someone's noun (verifyQ M4).
  `\\b(?:i|i'm|im|i'd|me|${MY_OWN})\\b[^.!?\\n]{0,40}${NOT_ANOTHERS}\\b${ANONYM}\\b`,
  `\\b${ANONYM}\\s*,?\\s*(?:please|pls|plz|por\\s+favor|bitte|svp|s'il\\s+vous\\s+plait|per\\s+favore)\\b`,
  `\\b(?:please|pls|plz|por\\s+favor|bitte|per\\s+favore)\\s*,?\\s*${ANONYM}\\b`,
  // "I can't be named", "my family is in North Korea, I cannot be named", "leave my name off", "keep me off the
  // list", "only count me, no name", "anon pls", "hide me" (outside tester C, F4)
  "\\b(?:i|we)\\s+(?:can\\s*not|cannot|can'?t|must\\s*not|mustn'?t|may\\s+not|should\\s*n'?t|should\\s+not|won'?t\\s+be\\s+able\\s+to)\\s+be\\s+(?:named|identified|listed|shown|published|credited|mentioned)",
  `\\b(?:leave|keep|take)\\s+${MY_NAME}\\s+(?:off|out)\\b`, '\\b(?:leave|keep|take)\\s+me\\s+(?:off|out\\s+of)\\s+(?:the\\s+|your\\s+)?(?:public\\s+)?(?:list|listing|names)\\b',
  '\\b(?:only|just)\\s+count\\s+me\\b', '(?:^|[,;:(]\\s*|\\b(?:but|and|just|please)\\s+)no\\s+names?\\b(?!\\s*-?\\s*call)', '^\\W*(?:my\\s+)?names?\\s+off\\b',
  '\\bhide\\s+me\\b', '\\b(?:hide|protect|conceal|withhold)\\s+my\\s+identity\\b', '^\\W*anon\\W*$', '\\banon\\s*,?\\s*(?:please|pls|plz)\\b', '\\b(?:please|pls|plz)\\s*,?\\s*anon\\b',
  // French, Spanish, German: "ne me nommez pas", "je ne peux pas être nommé", "no me nombren", "kein Name", "nicht genannt"
  '\\bne\\s+(?:me|nous)\\s+(?:nommez|citez|mentionnez|identifiez|nommer|citer)\\b', '\\bne\\s+(?:peux|peut|pouvons|dois|doit)\\s+pas\\s+etre\\s+(?:nomme|cite|identifie|mentionne)',
  '\\bno\\s+me\\s+(?:nombren|nombres|mencionen|identifiquen|incluyan)\\b', '\\bno\\s+(?:puedo|debo|quiero|deseo)\\b[^.!?\\n]{0,30}\\bmi\\s+nombre\\b',
  '\\bkein(?:en)?\\s+namen?\\b', '\\b(?:nicht|keinesfalls)\\s+(?:namentlich\\s+)?genannt\\b', '\\bnicht\\s+namentlich\\b',
  '\\bnamen?\\s+(?:bitte\\s+)?(?:nicht|keinesfalls)\\s+(?:nennen|veroffentlichen|angeben|zeigen|drucken|auffuhren)',
  // Spanish, Portuguese, Italian, French: a negated verb of showing before "my name"
  `(?:\\b(?:no|nao|non|nunca|jamais|ne)\\s+|\\bn')${gap(2)}(?:publi|muestr|mostr|pong|poner|inclu|revel|divulg|difund|compart|us|aparezc|aparec|salg|dig|imprim|menci|exib|exhib|pubblic|indic|cit|rend|affich|montr|diffus|utilis|ecri|mett|inscri|ajout|marqu)\\w*\\s+${gap(2)}${MY_NAME}\\b`,
  // "Mi nombre no …", "meinen Namen bitte nicht …"; "My name is Ana, no more deportations" is no request.
  `\\b${THEIR_NAME}\\s+(?!(?:es|e|est|ist|is|sono|sou|soy|lautet)\\s)${gap(1)}(?:no|nao|non|ne|pas|nicht|en\\s+privado|em\\s+sigilo|en\\s+secreto|oculto|anonim[oa]|confidencial|reservado|privado|riservato|nascosto|segreto|cache|confidentiel|prive|geheim|anonym)\\b`,
  `\\b(?:oculten|ocultar|oculte|omitan|omitir|quiten|quitar|borren|borrar|retiren|ocultem|omitam|nascondete|omettete|cachez|masquez|retirez)\\s+(?:el\\s+|o\\s+|il\\s+)?${MY_NAME}`,
  `\\b(?:firmo|firmar|quiero|prefiero|deseo|permanecer|quedar|mantenerme|seguir|quero|prefiro|gostaria|desejo|ficar|assino|voglio|vorrei|preferisco|desidero|restare|rimanere|firmo|je|j'|moi|ich|mich)\\b[^.!?\\n]{0,40}\\b${ANONYM}`,
  `\\b(?:de|em|in|en)\\s+(?:forma|manera|modo)\\s+${ANONYM}`, '\\banonim(?:amente)\\b', '\\banonymement\\b',
  // German: "meinen Namen bitte nicht veröffentlichen", "nicht mit meinem Namen"
  `\\b(?:nicht|keinesfalls|niemals)\\s+(?:mit\\s+)?${MY_NAME}`,
  `${MY_NAME}\\s+${gap(2)}(?:weglassen|verbergen|verstecken|ausblenden|schwarzen|streichen)`,
  // Korean: the name (이름, 실명, 성명) and a verb of hiding or not showing, or 익명/비공개 as the request
  '(?:이름|실명|성명|본명|신원|신상|명의)[^.!?\\n]{0,16}?(?:비공개|익명|무기명|비밀|공개\\s*(?:를|는|은|가|도)?\\s*(?:하지|하지\\s*말|말|안|x|×|불가|금지|원치|원하지|거부|싫|ㄴㄴ|삼가|자제)|안\\s*(?:밝혀|나오|나가|보이|드러나|공개)|밝히지|밝혀지지|노출\\s*(?:하지|말|안|금지|원치|x|불가|곤란|어려|어렵|위험|되면|되지|돼선|돼서는|되어선|되어서는|되는\\s*(?:게|것|건)\\s*(?:싫|곤란|위험|안))|(?:밝힐|공개할|드러낼|알릴)\\s*수\\s*(?:없|가\\s*없)|공개\\s*못|못\\s*(?:밝|드러|알리|공개|적|쓰|싣|올리)|(?:밝히기|드러내기|알리기)\\s*(?:어려|어렵|곤란|싫|힘들)|없이|가려|가리|숨겨|숨기|숨김|빼|제외|지워|삭제|싣지|올리지|쓰지|적지|넣지|나오지|드러나지|보이지|표시\\s*(?:하지|말|안|x)|모자이크)',
  // "무기명으로" (unsigned), "성만 써 주세요" (the surname only): no full name (outside tester K, F2).
  '(?:^|\\s)성만\\s*(?:써|적어|표시|기재|공개|남겨|나오)', '^\\W*무기명\\s*(?:으로|로)?',
  '(?:익명|비공개|무기명)\\s*(?:으로|로)?\\s*(?:해|하여|처리|부탁|요청|희망|원|바랍|바래|서명|참여|올려|남기|남겨|표시|게재|주세요)',
  // Turkish: the name and a verb in the negative imperative ("adımı yayınlamayın", "isim vermeyin"), "anonim kalmak
  // istiyorum", "ismim gizli kalsın"; Dutch: "niet publiceren", "mijn naam niet vermelden", "anoniem" (outside tester G, F6).
  "\\b(?:ad[iı]m[iı]?|ad[iı]m[iı]z[iı]?|ism[iı]m[iı]?|isim|ad)\\s+(?:[\\p{L}']+\\s+){0,2}\\p{L}+(?:ma|me)(?:y[iı]n(?:[iı]z)?|s[iı]n)\\b",
  '\\b(?:ad[iı]m|ism[iı]m|isim)\\s+(?:gizli|sakl[iı])\\b', '\\banonim\\s+(?:kalmak|olmak|olarak|kalay[iı]m|kals[iı]n)\\b', '\\bisimsiz\\b',
  '\\bniet\\s+(?:publiceren|vermelden|tonen|noemen|weergeven|delen|plaatsen|zichtbaar|openbaar|bekendmaken|gepubliceerd|vermeld|getoond|genoemd)\\b',
  '\\bnaam\\s+(?:[\\p{L}]+\\s+){0,2}niet\\s+(?:vermelden|publiceren|tonen|noemen|weergeven|zichtbaar|openbaar|gebruiken|vermeld|gepubliceerd|getoond|genoemd)\\b',
  '\\banoniem\\b',
  // Japanese, Chinese
  // Reported by whoever typed the sheet up: "asked to be anonymous", "requested anonymity", "wants to stay anonymous".
  `\\b(?:asked|asks|ask|requested|requests|request|wants|wanted|want|wishes|wished|wish|prefers|preferred|would\\s+like|chose|chooses)\\b[^.!?\\n]{0,30}\\b${ANONYM}`,
  `\\b${ANONYM}\\s+(?:requested|asked|wanted|preferred|wished)\\b`, "\\b(?:i'd|i\\s+would|would|prefer|rather)\\s+(?:rather\\s+)?not\\s+(?:to\\s+)?be\\s+(?:named|identified|listed|credited)",
  // Initials only: the full name is not to be printed; the organizer decides what to show.
  '\\b(?:initials?|iniciales|iniciais|iniziali|initiales|initialen)\\b', '이니셜|イニシャル|首字母|缩写',
  `(?:^|\\s)(?:${OTHER_LANGUAGES})(?![\\p{L}\\p{N}])`, '(?:^|\\s)an danh(?![\\p{L}\\p{N}])',
  '非公開|非公开|不公開|不公开',
  // Any language of the table: its name word with its negation near (outside tester J, F7).
  NAME_WITH_NEGATION,
  // Korean: disclosing the real name "is difficult" (가족이 북한에 있어서 실명 공개는 곤란합니다).
  '(?:이름|실명|성명|본명|신원)[^.!?\\n]{0,12}?공개\\s*(?:는|은|를|가|하기는?|하기가)?\\s*(?:곤란|어려|어렵|힘들|불가능|못)',
  // Dutch and Turkish in words of their own: "liever niet dat mijn naam …", "adımın listede görünmesini istemiyorum".
  '\\bliever\\s+niet\\s+dat\\s+mijn\\s+naam\\b', '\\b(?:ad[iı]m[iı]n|ism[iı]min)\\s+(?:\\p{L}+\\s+){0,2}(?:gorunmesini|yay[iı]nlanmas[iı]n[iı]|yaz[iı]lmas[iı]n[iı])\\s+istemiyorum',
  '名前[^。！？\\n]{0,8}(?:(?:公開|出|載|表示)[^。！？\\n]{0,4}(?:ない|ません|禁止|不可|ng)|伏せ|非公開)|(?:不要|请勿|請勿|别|別|不能|不可以)[^。！？\\n]{0,6}(?:公开|公開|显示|顯示|写|寫|列|登|提)[^。！？\\n]{0,4}(?:我的)?(?:名字|姓名)|匿名(?!性)',
];
const REQUEST = new RegExp(REQUESTS.join('|'), 'u');
/** Every request holds one of these, as typed: most comments hold none, and skip the fold and the long pattern. */
const MAY_ASK = /disclos|can'?t|can ?not|rather not|prefer not|do not|don'?t|(?:list|show|name|identify|publish|include|display|mention|hide|count) me\b|identi[ft]|genannt|\bkein|off the list|off (?:the |your )?(?:public )?list|nam|nom|signature|firma|unterschrift|assinatura|an+[oóô]n|이름|실명|성명|본명|신원|신상|명의|익명|무기명|성만|공개|名前|名字|姓名|匿名|publication|[\uff01-\uff5e]|nym|publ|비공|공게|익[마-밓]|initial|inicia|inizia|이니셜|イニシャル|首字母|缩写|非公|不公|[ẩẨ]n|an danh|đừng|dung|khong|không|ten|itago|huwag|ipakita|ilathala|[\u0600-\u06ff]|аноним|публик|показ|имя|имени|скры|niet|anoniem|isim|ad[iı]m|gizli|\u{1F648}|\u{1F512}|\u{1F510}/u;

/**
 * A signer who says the name may be shown ("Don't hide my name", "I'm not anonymous", "now show my name"): a
 * refusal, though it holds the words of a request.
 */
const REFUSAL = new RegExp([
  "\\b(?:don'?t|dont|do\\s+not|no\\s+need\\s+to|never|not)\\s+(?:hide|conceal|withhold|redact|mask)\\s+(?:my|me)\\b",
  `\\b(?:i'?m|i\\s+am|im)\\s+not\\s+${ANONYM}`,
  // "I don't want to be anonymous", "Ik wil niet anoniem zijn", "Anonim olmak istemiyorum": a wish to be named.
  `\\b(?:don'?t|dont|do\\s+not|never|no)\\s+(?:want|wish|need|like)\\s+(?:to\\s+)?(?:be|stay|remain|sign)\\s+(?:as\\s+)?${ANONYM}`,
  `\\b(?:hoef|wil|moet)\\s+(?:ik\\s+)?niet\\s+anoniem\\b|\\bniet\\s+anoniem\\b|\\bnaam\\s+mag\\s+(?:wel\\s+)?(?:vermeld|gepubliceerd|getoond|genoemd)`,
  '\\banonim\\s+(?:olmak|kalmak|olarak)\\s+(?:istemiyorum|gerek\\s+yok|zorunda\\s+degil)|\\bad[iı]m[iı]?\\s+(?:\\S+\\s+)?(?:yay[iı]nlayabilirsiniz|yazabilirsiniz|kullanabilirsiniz|gosterebilirsiniz)',
  `\\bno\\s+need\\s+(?:to\\s+|for\\s+)?(?:keep\\s+me\\s+|be\\s+|stay\\s+|remain\\s+|me\\s+to\\s+be\\s+)?${ANONYM}`,
  `\\bno\\s+${ANONYM}\\b`, `\\bnot\\s+${ANONYM}\\s*(?:please|pls)?\\s*[.!]?$`,
  "(?<!(?:not|n't|dont|never|no|without)\\s+(?:[\\p{L}']+\\s+){0,2})\\b(?:show|publish|print|display|use|list|include)\\s+my\\s+(?:full\\s+|real\\s+)?name\\b(?!\\s+(?:private|hidden|secret|off|out))",
  "\\b(?:happy|fine|ok|okay|glad|proud|willing)\\s+(?:for|to\\s+have|that)\\s+my\\s+(?:full\\s+|real\\s+)?name",
  '익명\\s*(?:아님|아니|x)|공개\\s*(?:해도|ok|괜찮|동의|원함|희망)',
  // "Nie chcę być anonimowa", "Nechci být anonymní", "Nem akarok névtelen lenni": a wish to be named (outside tester J).
  '\\bnie\\s+chce\\s+byc\\s+anonim|\\bnechci\\s+byt\\s+anonym|\\bnem\\s+(?:akarok|szeretnek)\\s+(?:anonim|nevtelen)|\\bδεν\\s+θελω\\s+να\\s+ειμαι\\s+ανωνυμ',
].join('|'), 'u');

/**
 * Whether a text asks in words of its own for the name to be hidden, and does not refuse it; without reading it as a
 * name cell (which reads a name cell's sentence with this).
 */
export function sentenceAsksAnonymity(text: string): boolean {
  if (!MAY_ASK.test(text.toLowerCase()) && !COMBINING_MARK.test(text) && !mayHoldLanguageNote(text)) return false;
  const folded = foldWords(text).replace(/\s+/gu, ' ');
  return !REFUSAL.test(folded) && REQUEST.test(folded);
}

/** Whether a comment asks for the signer's name to be hidden. */
export function commentAsksAnonymity(comment: string): boolean {
  if (comment === '') return false;
  // A reason instead of a request ("Family in North Korea", "탈북민", "신변 위협"): the signer is at risk if named.
  if (givesSafetyReason(comment)) return true;
  if (sentenceAsksAnonymity(comment)) return true;
  // The bare words as the whole comment: "(비공개)", "익명 희망", "private", "name withheld", "Ne pas diffuser",
  // "請勿公開". A comment longer than a name is a sentence: it asks only in the words of a request above, never
  // because it holds an anonymity word ("I am signing for my anonymous friends too", verifyQ M4). The short ones are
  // read as a name cell is when they hold a word of that reading's vocabulary, which is more than MAY_ASK lists
  // (verifyS2 F3); "Guest", "A friend" hold none and stay comments, not stand-ins for a name.
  if (!SHORT_NOTE.test(comment.trim()) || !(MAY_ASK.test(comment.toLowerCase()) || COMBINING_MARK.test(comment) || mayHoldLanguageNote(comment) || mayHoldNameNote(comment))) return false;
  // "N/A", "none" in a comment box decline to comment, not to be named.
  if (REFUSAL.test(foldWords(comment).replace(/\s+/gu, ' ')) || declinesName(comment)) return false;
  const reading = readNameCell(comment.trim());
  return reading.onlyAnonymity || (reading.noted && !/\p{L}/u.test(reading.name)) || onlyNoteWords(comment);
}

/** A name's most words ("María José García de la Fuente"): a comment of its own that is a note is no longer. */
const MAX_NOTE_WORDS = 6;
const SHORT_NOTE = new RegExp(`^\\S*(?:\\s+\\S+){0,${MAX_NOTE_WORDS - 1}}$`, 'u');
const WEAK_WORD = new RegExp(`^(?:${WEAK_NOTE})$`, 'u');
/** The words a comment of its own puts around a note word: "keep it private", "private please", "sign me privately". */
const NOTE_COMPANIONS = new Set(['keep', 'it', 'me', 'my', 'this', 'stay', 'remain', 'be', 'as', 'sign', 'signing', 'mine', 'thanks', 'thank', 'you']);

/**
 * A comment that is a note word with only a request's words around it ("Private please", "keep private"): the note
 * word first in a name cell is a name ("Private Ryan"), but a comment box holds no name (outside tester O, F3).
 */
function onlyNoteWords(comment: string): boolean {
  const words = foldWords(comment).split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '');
  return words.some((word) => WEAK_WORD.test(word))
    && words.every((word) => WEAK_WORD.test(word) || FILLER_WORDS.has(word) || SIGNATURE_WORDS.has(word) || NOTE_COMPANIONS.has(word));
}

/** A whole value of hiding ("Hidden", "private", "unlisted", "Anonymously"): in a column kept in extra it is a choice. */
const HIDING_VALUE = new RegExp(`^(?:(?:${WEAK_NOTE}|not (?:shown|listed|public|published)|no name|nicht (?:offentlich|veroffentlicht|angezeigt)|no (?:publico|mostrado)|non public|pas public)\\s*)+$`, 'u');

/**
 * What separates the choices of one cell: a Google Forms checkbox answer ("Send me updates, Don't show my name
 * publicly"), Action Network's tags ("volunteer, anonymous"), a custom field's list ("Newsletter | anonym").
 */
const CHOICE_SEPARATORS = /[,;|\n\r\t、，；・·•]+|\s+\/\s+/u;

/**
 * Whether a value of a column the tool does not map asks for the name to be hidden: as a comment, or a hiding word
 * alone; and so does any one of the choices it lists ("volunteer, anonymous, nk-refugees"), tags' "tag:" and
 * hyphens read as spaces ("anonymous-signer").
 */
export function valueAsksAnonymity(value: string): boolean {
  if (choiceAsksAnonymity(value)) return true;
  const choices = value.split(CHOICE_SEPARATORS).map((choice) => choice.replace(/^\s*(?:tags?|label)\s*:/iu, '').trim()).filter((choice) => choice !== '');
  return choices.length > 1 || choices[0] !== value.trim() ? choices.some(choiceAsksAnonymity) : false;
}

function choiceAsksAnonymity(value: string): boolean {
  if (commentAsksAnonymity(value)) return true;
  const spaced = value.replace(/(?<=\p{L})[-_.](?=\p{L})/gu, ' ');
  if (spaced !== value && commentAsksAnonymity(spaced)) return true;
  const folded = foldWords(value).replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return folded !== '' && HIDING_VALUE.test(folded);
}
