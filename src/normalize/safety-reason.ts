// A reason a signer gives for not being named instead of asking in words (verifyS2 F3): "탈북민", "가족이 북에 있음",
// "Family in North Korea", "신변 위협", "for my safety". Whoever writes that is at risk if named, so it is read as a
// request: in the name cell it names nobody, in a comment it hides the name with the anonymity_in_comment warning.
// Only what speaks of the signer counts: "Stop returning refugees to North Korea" and "탈북민 지원" ask nothing.
import { foldWords } from './anonymity-words.js';

/** Every reason holds one of these, lower-cased as typed: most names and comments hold none and skip the fold. */
const MAY_GIVE_REASON = /탈북|새터민|이탈|북향민|가족|부모|신변|보복|안전|defect|escape|refugee|famil|relative|parent|safe|secur|reprisal|retali|retribu|danger|risk|threat|persecu|脱北|家族|家人|安全|перебеж|беженец|сем|безопасн|desert|famil|segur|securit|transfug|sicherheit|uberl|überl/;

/** Who is at risk in the North: the signer's family or relatives. */
const KIN = '(?:family|families|relatives?|parents?|children|kids|siblings?|brothers?|sisters?|mother|father|mom|dad|son|daughter|wife|husband|grandparents?)';
const NORTH_KOREA = '(?:north\\s+korea|nk|n\\.?\\s?korea|dprk|pyongyang|hyesan|chongjin|sinuiju|hamhung)';
/** "The North" alone only in a note: in a sentence it may be the north of any country. */
const THE_NORTH = `(?:the\\s+north|${NORTH_KOREA})`;
const KO_KIN = '(?:가족|부모님?|형제|자매|친척|자녀|아이들?|동생|언니|오빠|누나|형|어머니|아버지|엄마|아빠|남편|아내|딸|아들)';
const KO_NORTH = '(?:북한|북|이북|북쪽)';
const KO_DEFECTOR = '(?:탈북(?:민|자|인|여성|청년|학생|대학생|주민|난민|이주민)|새터민|북한\\s*이탈\\s*주민|북향민|북한\\s*출신)';

/** Reasons that speak of the signer wherever they stand in a text: "my family is still in North Korea", "저는 탈북민입니다". */
const ABOUT_THE_SIGNER = new RegExp([
  // English
  `\\b(?:my|our)\\s+(?:\\p{L}+\\s+){0,2}${KIN}\\s+(?:(?:is|are|still|lives?|living|remains?|stayed|back|who\\s+(?:is|are|live|lives|remain))\\s+){0,3}(?:in|inside)\\s+${NORTH_KOREA}\\b`,
  `\\b(?:i\\s*am|i'm|im|i\\s+was)\\s+(?:a\\s+)?(?:north\\s+korean\\s+|nk\\s+)?(?:defector|escapee|refugee)\\b`, '\\bi\\s+(?:defected|escaped)\\s+from\\b',
  '\\b(?:for|due\\s+to|because\\s+of)\\s+(?:my|our)\\s+(?:own\\s+|family\'?s\\s+|personal\\s+)?(?:safety|security|protection)\\b',
  `\\b(?:${KIN}|i|we|me)\\s+(?:\\p{L}+\\s+){0,2}(?:would|could|will|may|might)\\s+be\\s+(?:in\\s+danger|at\\s+risk|punished|harmed|persecuted|targeted|arrested)\\b`,
  "\\b(?:i\\s*am|i'm|im|we\\s+are)\\s+(?:in\\s+danger|at\\s+risk)\\b",
  // Korean
  `(?:저는|나는|제가|본인은|본인)\\s*${KO_DEFECTOR}`, `${KO_DEFECTOR}\\s*(?:입니다|이다|이에요|예요|임|이며|이고|으로서|로서)`, '탈북\\s*(?:했|하였|한\\s*지|한\\s*사람)',
  `${KO_KIN}\\s*(?:이|가|은|는|도|들이|들은)?\\s*(?:아직\\s*)?${KO_NORTH}\\s*(?:에|에서)?\\s*(?:있|남아|거주|살)`,
  `${KO_NORTH}\\s*(?:에|에서)?\\s*(?:있는\\s*|남은\\s*|사는\\s*)?${KO_KIN}\\s*(?:이|가|들이|들)?\\s*(?:있|남아|거주|때문|걱정|위험|안전)`,
  '신변\\s*(?:의\\s*)?(?:위협|위험|보호|안전|노출|문제|상의)', '보복\\s*(?:의\\s*)?(?:우려|위험|두려)', `(?:제|저의|나의|내|${KO_KIN}\\s*의?)\\s*안전\\s*(?:때문|위해|문제|우려|상)`,
  // Japanese, Chinese
  '脱北(?:者|民|しました|した)', '(?:家族|親|両親|兄弟|親戚)(?:が|は)?(?:まだ)?北朝鮮に', '北朝鮮に(?:いる|残る|残った)?(?:家族|親|両親|兄弟|親戚)', '身の安全',
  '(?:家人|亲人|親人|父母|亲戚|親戚)(?:还|還|仍|都)?(?:在|留在)(?:北韩|北韓|朝鲜|朝鮮)', '人身安全', '(?:为了|為了|出于|出於)(?:我的|我)?安全',
  // Russian, Spanish, French, German (folded: no accents)
  'перебежчи\\p{L}*', '(?:моя|наша)\\s+(?:\\p{L}+\\s+){0,2}(?:семья|родные|родственники)\\s+(?:\\p{L}+\\s+){0,2}в\\s+(?:северной\\s+корее|кндр)', '(?:ради|из-за|для)\\s+(?:моей|нашей)\\s+безопасности',
  '\\b(?:mi|nuestra)\\s+familia\\s+(?:\\p{L}+\\s+){0,2}en\\s+corea\\s+del\\s+norte', '\\bpor\\s+(?:mi|nuestra)\\s+(?:propia\\s+)?seguridad\\b', '\\bsoy\\s+(?:un\\s+|una\\s+)?(?:desertor|desertora|refugiad[oa])\\b',
  '\\b(?:ma|notre)\\s+famille\\s+(?:\\p{L}+\\s+){0,2}en\\s+coree\\s+du\\s+nord', '\\bpour\\s+(?:ma|notre)\\s+(?:propre\\s+)?securite\\b', '\\bje\\s+suis\\s+(?:un\\s+|une\\s+)?(?:transfuge|refugiee?)\\b',
  '\\b(?:meine|unsere)\\s+(?:\\p{L}+\\s+){0,2}familie\\s+(?:\\p{L}+\\s+){0,2}in\\s+nordkorea', '\\b(?:zu\\s+)?(?:meiner|unserer)\\s+(?:eigenen\\s+)?sicherheit\\b', '\\baus\\s+sicherheitsgrunden\\b',
  '\\bich\\s+bin\\s+(?:ein\\s+|eine\\s+)?(?:uberlaufer\\p{L}*|gefluchtete\\p{L}*|fluchtling\\p{L}*)',
].join('|'), 'u');

/**
 * Reasons as a whole note, the way a name cell or a short comment gives them: "탈북민", "Family in North Korea",
 * "북한 가족 있음", "신변 위협", "Safety reasons", "Defector". The same words inside a sentence speak of others.
 */
const AS_A_NOTE = new RegExp(`^(?:${[
  // One defector, not "refugees" or "nk-refugees": the petition's cause, written as a tag or a comment, is no reason.
  `(?:a\\s+)?(?:(?:north\\s+korean|nk|dprk)\\s+)?(?:defector|escapee)(?:\\s+from\\s+${THE_NORTH})?`,
  `(?:(?:my|our)\\s+)?${KIN}\\s+(?:(?:is|are|still|lives?|living|remains?|left|back)\\s+){0,2}(?:in|inside)\\s+${THE_NORTH}`,
  `${THE_NORTH}\\s+${KIN}`, '(?:personal\\s+)?(?:safety|security)\\s+(?:reasons?|concerns?|risks?|threats?|issues?)', 'for\\s+(?:personal\\s+)?safety', 'personal\\s+safety',
  '(?:risk|fear)\\s+of\\s+(?:reprisals?|retaliation|retribution|persecution)',
  KO_DEFECTOR, `${KO_NORTH}\\s*(?:에\\s*)?${KO_KIN}(?:\\s*(?:있음|있어요|있습니다|거주|생존))?`, `${KO_KIN}\\s*(?:이|가)?\\s*${KO_NORTH}\\s*(?:에)?\\s*(?:있음|거주|생존)?`,
  '신변\\s*(?:위협|위험|보호|안전)', '보복\\s*(?:우려|위험)', '안전\\s*(?:문제|상의\\s*이유|우려)',
  '脱北者', '北朝鮮に家族', '家族が北朝鮮', '脱北', '北韩家人|北韓家人|朝鲜家人|朝鮮家人|家人在北韩|家人在北韓|家人在朝鲜|家人在朝鮮', '安全原因|安全理由',
  'перебежчи\\p{L}*', 'семья\\s+в\\s+(?:северной\\s+корее|кндр)', 'desertor[ae]?', 'familia\\s+en\\s+corea\\s+del\\s+norte', 'transfuge', 'famille\\s+en\\s+coree\\s+du\\s+nord',
  'uberlaufer\\p{L}*', 'familie\\s+in\\s+nordkorea', 'sicherheitsgrunde',
].join('|')})$`, 'u');

/** Whether a text gives a reason the signer can't be named: about the signer anywhere, or as the whole note. */
export function givesSafetyReason(text: string): boolean {
  if (!MAY_GIVE_REASON.test(text.toLowerCase())) return false;
  const folded = foldWords(text).replace(/[\s,;:.!?()[\]{}'"“”‘’-]+/gu, ' ').trim();
  return AS_A_NOTE.test(folded) || ABOUT_THE_SIGNER.test(foldWords(text).replace(/\s+/gu, ' '));
}
