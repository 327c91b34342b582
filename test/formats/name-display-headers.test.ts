// A column about showing or hiding the signer's name (adv-s9 D2): "이름 표시", "Name shown", "Nome pubblico", "Exibir meu
// nome", "이름 가림", "visibility", "Datenschutz". Taken for a second name column, an unknown header or a consent question,
// it was dropped without a word and the signer who answered "no"/"private"/"anonym" was printed by name.
import { describe, expect, it } from '@jest/globals';
import { classifyHeader } from '../../src/formats/classify-header.js';
import { detectFormat } from '../../src/formats/detect-format.js';
import { unreadAnonymityColumns } from '../../src/formats/unread-anonymity.js';
import { createRecordMapper } from '../../src/formats/map-record.js';
import { readAnonymous } from '../../src/normalize/parse-flag.js';

/** Headers whose yes shows the name: read as anonymity the other way round, so a no (or nothing) hides it. */
const SHOW_HEADERS = [
  '이름 표시', '이름 표시 여부', '이름표시', '이름 노출', '이름 노출 여부', '이름 게시', '실명 표기', '성명 표시', '성함 공개', '이름 표시함',
  '서명자 이름 표시', '이름을 표시해도 될까요?', '명단에 이름 게시', '이름 기재 동의',
  'Name shown', 'Name Shown?', 'NAME_SHOWN', 'name-displayed', 'Show name on list', 'Display my name', 'Name listed publicly',
  'List my name', 'Name on public list', 'Names visible', 'May we show your name?', 'Show my name? (yes/no)',
  'Nome pubblico', 'Mostra il mio nome', 'Pubblicare il nome', 'Nome visibile',
  'Exibir meu nome', 'Exibir nome', 'Mostrar meu nome', 'Nome público', 'Publicar meu nome',
  'Mostrar nombre en la lista', 'Nombre visible en la lista', 'Publicar el nombre',
  'Name anzeigen?', 'Namen öffentlich zeigen', 'Name sichtbar', 'Namensnennung erlaubt',
  'Afficher le nom', 'Nom affiché', 'Publier le nom',
  '显示我的姓名', '名前を表示する',
];

/** Headers whose yes hides the name. */
const HIDE_HEADERS = [
  '이름 가림', '이름 가리기', '이름 가려주세요', '이름 표기 안 함', '이름 표시 안 함', '이름 노출 안함', '이름 표시하지 않음', '이름 게시 거부',
  '이름 숨김', '이름 미표시', '이름 비노출', '실명 비공개', '성명 미기재',
  'Name not shown', 'Do not display name', "Don't list my name", 'Name hidden', 'Hide name from list', 'Cover my name', 'Mask name',
  'Withhold name', 'Nome nascosto', 'Non mostrare il mio nome', 'Não exibir meu nome', 'Ocultar meu nome', 'Nombre oculto en la lista',
  'Name verbergen', 'Name nicht nennen', 'Nom masqué', 'Ne pas afficher le nom', 'Keep name private', 'Name: anonymous',
];

/** Headers about privacy or visibility whose yes could mean either: reported and read fail-closed. */
const UNCLEAR_HEADERS = [
  'visibility', 'Visibility', 'Name visibility', 'Datenschutz', 'Datenschutz-Einstellung', 'Sichtbarkeit', 'Visibilidad', 'Visibilidade',
  'Visibilità', 'Visibilité', 'Privacidad', 'Privacidade', 'Riservatezza', 'Confidentialité', 'privacy_opt_in', 'Name display setting',
  '이름 공개 설정', '이름 표시 방식', '공개 범위', '프라이버시',
];

describe('a header about showing or hiding the name', () => {
  it.each(SHOW_HEADERS)('"%s" is an anonymity column whose yes shows the name', (header) => {
    expect(classifyHeader(header)).toMatchObject({ kind: 'field', field: 'anonymous', inverted: true });
  });

  it.each(HIDE_HEADERS)('"%s" is an anonymity column whose yes hides the name', (header) => {
    expect(classifyHeader(header)).toMatchObject({ kind: 'field', field: 'anonymous', inverted: false });
  });

  it.each(UNCLEAR_HEADERS)('"%s" is reported as an anonymity column the reader cannot read', (header) => {
    expect(unreadAnonymityColumns(detectFormat(['Name', 'Email', header]).columns)).toEqual([header]);
  });

  it.each([...SHOW_HEADERS, ...HIDE_HEADERS, ...UNCLEAR_HEADERS])('"%s" is never a name column, before or after the real one', (header) => {
    for (const columns of [['name', 'email', header], [header, '성명', 'email'], [header, 'Full name', 'email']]) {
      const mapping = detectFormat(columns);
      const at = columns.indexOf(header);
      expect(mapping.columns[at].field === null || mapping.columns[at].field === 'anonymous').toBe(true);
      expect(mapping.columns.some((column) => column.field === 'name')).toBe(true);
    }
  });

  it.each(['Name', '이름', '성명', 'Nome', 'Nombre completo', 'Full name', 'Name (as shown on your ID)', 'Print name', 'Email', 'Privacy policy accepted', 'Datenschutzerklärung gelesen', 'Newsletter'])(
    '"%s" is not taken for a name-display column', (header) => {
      const found = classifyHeader(header);
      expect(found.kind === 'field' && found.field === 'anonymous').toBe(false);
      expect(unreadAnonymityColumns(detectFormat(['Full name', 'Email', header]).columns)).toEqual([]);
    });
});

/** Whether the signer answering `answer` under `header` is hidden; when the column is reported unread, by the fail-closed rule. */
function hides(header: string, answer: string): boolean {
  const mapping = detectFormat(['Name', 'Email', header]);
  // Read fail-closed by the scan (src/pipeline/scan-sources.ts): any answer in an unread column hides the name.
  if (unreadAnonymityColumns(mapping.columns).length > 0) return answer.trim() !== '';
  const raw = createRecordMapper(mapping, 'x.csv')(['Secret', 's@x.example', answer], 1, 2);
  return readAnonymous(raw.fields.anonymous, raw.moreAnonymity).anonymous;
}

describe('the answers of the adversarial pass', () => {
  it.each([
    ['이름 표시', '아니오'], ['이름 표시 여부', '아니오'], ['Name shown', 'no'], ['visibility', 'private'], ['Nome pubblico', 'no'],
    ['Exibir meu nome', 'não'], ['Datenschutz', 'anonym'], ['이름 노출', '아니오'], ['이름 게시', '아니오'], ['이름 가림', 'O'],
    ['이름 가리기', 'O'], ['이름 표기 안 함', 'O'], ['실명 표기', '아니오'], ['Show my name: no thanks', 'yes'], ['Name shown', 'nur Initialen'],
    ['Name shown', 'private'], ['이름 표시', ''], ['Exibir meu nome', 'sim, só iniciais'],
  ])('under "%s", the answer %j hides the name', (header, answer) => {
    expect(hides(header, answer)).toBe(true);
  });

  it.each([['이름 표시', '예'], ['Name shown', 'yes'], ['Exibir meu nome', 'sim'], ['Nome pubblico', 'sì'], ['이름 가림', '아니오'], ['Name shown', 'public']])(
    'under "%s", the answer %j shows it', (header, answer) => {
      expect(hides(header, answer)).toBe(false);
    });
});

describe('a header that says "show" but means less than the name', () => {
  it.each(['Keep my name off the public list', 'Leave my name out of the list', 'Show my initials instead of my name', 'Show initials only (name)',
    'Show my name as a pseudonym', '이름 대신 이니셜 표시', '이름은 성만 표시', 'Nombre: mostrar solo iniciales'])('"%s" never reads a yes as "show the name"', (header) => {
    const found = classifyHeader(header);
    expect(found.kind === 'field' && found.field === 'anonymous' && found.inverted).toBe(false);
    expect(found.kind === 'field' && found.field === 'name').toBe(false);
  });
});
