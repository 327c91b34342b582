// Titles in the scripts of the refugees' transit countries and of other signers' languages print in their own
// letters on the cards and posters (and in the packet's list, which draws with the same fonts), not as "�".
import { describe, expect, it } from '@jest/globals';
import { FontSet } from '../../src/packet/fonts/font-set.js';
import { fontMeasure } from '../../src/packet/fonts/font-measure.js';
import { CARD_SIZES, layoutCard } from '../../src/press/layout-press.js';
import { pageSvg } from '../../src/press/page-svg.js';
import { missingScripts } from '../../src/press/missing-scripts.js';
import { factsWithTitle } from './card-facts.js';


describe('titles in the scripts Noto ships as separate fonts', () => {
  const fonts = FontSet.load();
  const measure = fontMeasure(fonts);

  it.each([
    ['Lao', 'ລາວ ຢຸດ', 'NotoSansLao'],
    ['Khmer', 'ភាសាខ្មែរ', 'NotoSansKhmer'],
    ['Myanmar', 'မြန်မာ', 'NotoSansMyanmar'],
    ['Tibetan', 'བོད་ཡིག', 'NotoSerifTibetan'],
    ['Thaana', 'ދިވެހި', 'NotoSansThaana'],
    ['Gujarati', 'ગુજરાતી', 'NotoSansGujarati'],
    ['Cherokee', 'ᎠᏂᏴᏫᏯ', 'NotoSansCherokee'],
    ['Javanese', 'ꦗꦮ', 'NotoSansJavanese'],
  ])('a %s title has a font and the card draws it with that font, not "�"', (_script, title, file) => {
    expect(fonts.missing(title)).toEqual([]);
    const { svg, fontFiles } = pageSvg(layoutCard(factsWithTitle(title, 'en'), 'wide', measure), CARD_SIZES.wide, fonts);
    expect(svg).not.toContain('\uFFFD');
    expect(fontFiles.some((path) => path.includes(file))).toBe(true);
  });

  // Noto's Gurmukhi and Mongolian files make fontkit throw while shaping, and no npm font has CJK Extension B.
  it('names the script of characters no font has, in the reader\'s language', () => {
    expect(fonts.missing('𠀀𠀁')).toEqual(['𠀀', '𠀁']);
    expect(missingScripts(fonts.missing('ਪੰਜਾਬੀ ᠮᠣᠩᠭᠣᠯ ລາວ'), 'en')).toBe('Gurmukhi, Mongolian');
    expect(missingScripts(['𠀀', '𠀁'], 'en')).toBe('Han (CJK Extension B)');
    expect(missingScripts(['𠀀', '𐎀'], 'es')).toBe('han (CJK Extension B), ugarítico');
    expect(missingScripts(['𐎀'], 'ko')).toBe('우가리트 문자');
  });
});
