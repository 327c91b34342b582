import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { sniffEncoding } from '../../src/read/sniff-encoding.js';

const TSV = 'Name\tCity\tPostal Code\r\nJürgen Müller\tKöln\t50667\r\n김민준\t서울\t04524\r\n';
const bom = (hex: string, body: Buffer) => Buffer.concat([Buffer.from(hex, 'hex'), body]);

// A Korean paper sheet typed up and saved as UTF-16 with no BOM: Hangul code units seldom hold a zero byte, and 가 U+AC00,
// 대 U+B300 and 관 U+AD00 hold one on the other side from the tabs and line ends.
const KOREAN_TSV = [
  '이름\t주소\t서명일\t의견',
  '김대관\t대구광역시 수성구\t11월 초\t대한민국 정부가 나서 주십시오',
  '박가은\t대전광역시 유성구\t11월 초\t가족을 보고 싶습니다',
  '이관대\t서울특별시 관악구\t11월 중순\t대화로 해결해 주세요',
  '최대한\t광주광역시 북구\t11월 중순\t관심 가져 주세요',
  '정가람\t대구광역시 달서구\t11월 말\t강제북송 반대',
].join('\r\n') + '\r\n';
// Han with 一 U+4E00 and 丁 U+4E01-like units, comma separated, and a file of Hangul, Han and accented Latin.
const CHINESE_CSV = '姓名,城市,留言\r\n王一丁,北京,停止强制遣返\r\n李丈夫,上海,一人一票\r\n张三,广州,请保护难民\r\n';
const MIXED_TSV = '이름\tCity\r\n김민준\t서울\r\n王芳\t北京\r\nJosé Núñez\tMálaga\r\nZoë Müller\tKöln\r\n';

describe('sniffEncoding', () => {
  it.each([
    ['Korean TSV', KOREAN_TSV], ['Chinese CSV', CHINESE_CSV], ['Hangul, Han and Latin TSV', MIXED_TSV],
  ])('reads %s in UTF-16 without a BOM, either byte order', (_label, text) => {
    for (const encoding of ['utf-16le', 'utf-16be']) {
      expect(sniffEncoding(iconv.encode(text, encoding))).toMatchObject({ encoding, by: 'nul-pattern' });
    }
  });

  it('does not take binary data with zero bytes for UTF-16', () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(sniffEncoding(binary).by).not.toBe('nul-pattern');
  });

  it.each([
    ['UTF-8 with BOM', bom('efbbbf', Buffer.from(TSV)), 'utf-8', 'bom'],
    ['UTF-16LE with BOM', bom('fffe', iconv.encode(TSV, 'utf-16le')), 'utf-16le', 'bom'],
    ['UTF-16BE with BOM', bom('feff', iconv.encode(TSV, 'utf-16be')), 'utf-16be', 'bom'],
    ['UTF-16LE without BOM', iconv.encode(TSV, 'utf-16le'), 'utf-16le', 'nul-pattern'],
    ['UTF-16BE without BOM', iconv.encode(TSV, 'utf-16be'), 'utf-16be', 'nul-pattern'],
    ['UTF-16LE without BOM, all Hangul but tabs and line ends', iconv.encode('이름\t주소\n김민준\t서울\n이서연\t부산\n', 'utf-16le'), 'utf-16le', 'nul-pattern'],
    ['plain ASCII', Buffer.from('name,email\nJane Doe,jane@example.com\n'), 'utf-8', 'default'],
    ['UTF-8 without BOM', Buffer.from(TSV), 'utf-8', 'detector'],
    ['CP949 from Korean Excel', iconv.encode('번호,이름,이메일,주소,서명일\r\n1,박지호,,서울,2025. 11. 01.\r\n2,정하은,,경기도 수원시,2025. 11. 01.\r\n', 'cp949'), 'cp949', 'detector'],
    ['Windows-1252 from French Excel', iconv.encode('Nom;Prénom;Ville\r\nLefèvre;Amélie;Paris\r\nCœurdevey;Joëlle;Strasbourg\r\n', 'windows-1252'), 'windows-1252', 'detector'],
    ['Windows-1252, a short Spanish line', iconv.encode('Name,City\r\nJosé Núñez,Málaga\r\n', 'windows-1252'), 'windows-1252', 'detector'],
    // East-Asian legacy files with two names: each reads cleanly in one encoding only, not as Korean or Latin-1.
    ['Shift-JIS from Japanese Excel', iconv.encode('name,email,city\r\n山田太郎,y@x.example,東京\r\n佐藤花子,s@x.example,大阪\r\n', 'shift_jis'), 'shift_jis', 'detector'],
    ['GBK from Chinese Excel', iconv.encode('name,email,city\r\n王小明,w@x.example,北京\r\n张伟,z@x.example,上海\r\n', 'gbk'), 'gb18030', 'detector'],
    ['Big5 from Taiwanese Excel', iconv.encode('name,email,city\r\n陳美玲,c@x.example,臺北\r\n張偉,z@x.example,高雄\r\n', 'big5'), 'big5', 'detector'],
    ['CP949 with few Hangul', iconv.encode('name,city\r\nAnna,Berlin\r\n김민준,서울\r\n', 'cp949'), 'cp949', 'detector'],
  ])('%s', (_label, bytes, encoding, by) => {
    expect(sniffEncoding(bytes)).toMatchObject({ encoding, by });
  });

  it.each([
    ['Latin-1 rows among Korean ones', ['김민준,서울', '박지호,부산', '이수진,인천'], ['Jürgen Müller,München'], 'cp949', 'windows-1252'],
    ['a Korean row among Latin-1 ones', ['Jürgen Müller,München', 'François Lefèvre,Besançon', 'José Núñez,Málaga'], ['김민준,서울'], 'windows-1252', 'cp949'],
  ])('reads %s in the encoding most rows are in, and names the row in the other', (_label, most, odd, encoding, other) => {
    const bytes = Buffer.concat([Buffer.from('name,city\n'), iconv.encode(most.join('\n') + '\n', encoding), iconv.encode(odd.join('\n') + '\n', other)]);
    const sniffed = sniffEncoding(bytes);
    expect(sniffed.encoding).toBe(encoding);
    // Line 5 is the odd row: either the encoding cannot decode it (a U+FFFD the decoding check names) or it names it here.
    const lines = sniffed.verdict?.misfits.flatMap((misfit) => misfit.lines) ?? [];
    const decodes = !iconv.decode(iconv.encode(odd[0], other), encoding).includes('\uFFFD');
    expect(lines).toEqual(decodes ? [5] : []);
    expect(decodes).toBe(encoding === 'windows-1252');
  });

  it('calls two readings equally plausible when the bytes are too few to choose', () => {
    // Two Hangul syllables are also two common GBK Hanzi.
    const sniffed = sniffEncoding(iconv.encode('name\n이\n', 'cp949'));
    expect(sniffed.verdict?.alsoPlausible.length).toBeGreaterThan(0);
  });

  it('does not hold a character cut at the end of a partial sample against UTF-8', () => {
    const bytes = Buffer.from('name\nJürgen Müller\n김민준');
    const cut = bytes.subarray(0, bytes.length - 1);
    expect(sniffEncoding(cut, false)).toMatchObject({ encoding: 'utf-8', by: 'detector' });
  });
});
