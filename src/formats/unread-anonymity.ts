// Columns that may hold a signer's request to stay anonymous, but in words the reader cannot classify.
import type { MappedColumn } from '../types.js';
import { foldText } from '../normalize/fold.js';
import { foldWords, STRONG_NOTE } from '../normalize/anonymity-words.js';
import { plainHeader } from './header-key.js';
import { classifyHeader, UNCLEAR_NAME_DISPLAY } from './classify-header.js';

/**
 * Stems (after foldText: lower case, no accents) of the anonymity vocabulary in en, ko, es, de, fr, ru, zh and ja.
 * "privacy" alone or with a setting's word only: it also heads consent questions ("I accept the privacy policy").
 */
const ANONYMITY_WORDS = new RegExp([
  'anonym', 'anonim', 'аноним', 'privat', 'privad', '\\bprive', 'приват', '\\bhid(?:e|den|ing)\\b', 'verberg', 'versteck', 'ausblend',
  'masquer', 'cacher', 'cache\\b', 'ocult', 'скры', 'public list', '\\bpublic(?:ly)?\\b', 'publico', 'publique', 'offentlich', 'публичн',
  'display', '익명', '공개', '숨기', '숨김', '匿名', '公开', '公開', '隐藏', '隱藏', '非表示', '表示',
  '^privacy(?: setting| settings| level| preference| choice)?$', '\\banon\\b', 'confiden', 'vertraulich', 'публик', 'показ', 'конфиденц',
  '비밀', '기밀', '秘密', '保密', '非公',
  // Publishing and listing a name (adv14c N1); "consent" and "list" alone also head mailing questions ("Join mailing list").
  'publish', 'publica', 'publier', 'veroffentlich', 'опубликов', '게재', '명단', '^list\\b', '\\blist (?:my|your|the)? ?name', '\\bname on (?:the )?list',
  'consent to (?:publi|show|display|list)',
].join('|'), 'u');

/**
 * The shared vocabulary of the name cell and comment checks (with its slips, "annonymous", "비공게", and 🙈 🔒), and
 * the words of showing or publishing a name in Vietnamese, Tagalog, Arabic and Chinese: a consent column in those
 * words answered "no" hides the name as much as a hiding column answered "yes" (adv-s10 E1).
 */
const SHARED_WORDS = new RegExp(`(?:^|[^\\p{L}])(?:${STRONG_NOTE}|an danh|an ten|an ho ten|cong khai|hien thi|hien ten|cong bo|giau|bi mat|rieng tu|ipakita|ilathala|isapubliko|itago|huwag|lihim|pribado|kumpidensyal|sikreto|مجهول|اخفاء|اخف|مخفي|مخفى|سري|سرية|خصوصي|خصوصية|الخصوصية|نشر|اظهار|عرض|显示|顯示|show on (?:the )?list|listing|list (?:me|you)|how should we list|anonymous|명단)(?![\\p{L}])`, 'u');

/**
 * Headers of columns left unmapped that speak of anonymity, privacy, hiding or a public list and are no anonymity
 * column the reader knows: a signer's "hide me" there would be lost, so the caller reports them and fails closed.
 */
export function unreadAnonymityColumns(columns: readonly MappedColumn[]): string[] {
  const unread: string[] = [];
  for (const column of columns) {
    if (column.field !== null) continue;
    const meaning = classifyHeader(column.header);
    if (!speaksOfAnonymity(column.header)) continue;
    if (meaning.kind === 'field' && meaning.field === 'anonymous') continue;
    unread.push(column.header);
  }
  return unread;
}

/**
 * Whether a header is about anonymity, hiding a name, consent to publish or a public list: a known anonymity column,
 * one whose showing of the name is unclear, or one in those words. The two-row header reader asks it of a header
 * cell wrapped over two rows.
 */
export function speaksOfAnonymity(header: string): boolean {
  const meaning = classifyHeader(header);
  if (meaning.kind === 'field' && meaning.field === 'anonymous') return true;
  if (meaning.kind === 'ignored' && meaning.reason === UNCLEAR_NAME_DISPLAY) return true;
  const plain = plainHeader(header);
  return ANONYMITY_WORDS.test(foldText(plain)) || SHARED_WORDS.test(foldWords(`${plain} ${header}`));
}
