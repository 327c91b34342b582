// Where the Noto fonts live: full fonts (OFL-1.1) from npm packages, regular and bold. @embedpdf/fonts-* ship Latin
// (Noto Sans: Latin, Greek, Cyrillic and all of Devanagari, with its shaping tables), Hebrew, Arabic and the CJK faces;
// @expo-google-fonts/noto-sans-* Thai, Bengali, Tamil, Georgian, Armenian, Ethiopic, Gujarati, Lao, Khmer, Myanmar,
// Thaana, Cherokee and Javanese, and noto-serif-tibetan Tibetan (Noto has no sans Tibetan) (each file checked with
// fontkit to hold its script's letters and shaping tables). Not Gurmukhi nor Mongolian: fontkit 2 throws while shaping
// any word in their Noto files (a null mark anchor in Gurmukhi's GPOS, "Not a fixed size" in Mongolian's GSUB), so
// those scripts stay uncovered and the press kit names them in its warning. @expo-google-fonts/noto-emoji is the
// monochrome Noto Emoji (outlines pdfkit can embed, unlike the colour font), so a name with an emoji prints it rather
// than a transliteration.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The faces, in fallback order for letters: Latin (with Greek and Cyrillic) first, CJK, then emoji last. */
export const FACE_ROLES = [
  'latin', 'hebrew', 'arabic', 'thai', 'bengali', 'tamil', 'georgian', 'armenian', 'ethiopic', 'gujarati', 'lao', 'khmer',
  'myanmar', 'tibetan', 'thaana', 'cherokee', 'javanese', 'kr', 'sc', 'tc', 'jp', 'emoji',
] as const;
export type FaceRole = (typeof FACE_ROLES)[number];

interface FaceFiles {
  pkg: string;
  /** Paths inside the package. */
  regular: string;
  bold: string;
}

function embedpdf(pkg: string, family: string, extension: 'ttf' | 'otf'): FaceFiles {
  return { pkg: `@embedpdf/fonts-${pkg}`, regular: `fonts/${family}-Regular.${extension}`, bold: `fonts/${family}-Bold.${extension}` };
}

function expo(script: string, family: string, pkg = `noto-sans-${script}`): FaceFiles {
  return {
    pkg: `@expo-google-fonts/${pkg}`,
    regular: `400Regular/${family}_400Regular.ttf`,
    bold: `700Bold/${family}_700Bold.ttf`,
  };
}

const FILES: Record<FaceRole, FaceFiles> = {
  latin: embedpdf('latin', 'NotoSans', 'ttf'),
  hebrew: embedpdf('hebrew', 'NotoSansHebrew', 'ttf'),
  arabic: embedpdf('arabic', 'NotoNaskhArabic', 'ttf'),
  thai: expo('thai', 'NotoSansThai'),
  bengali: expo('bengali', 'NotoSansBengali'),
  tamil: expo('tamil', 'NotoSansTamil'),
  georgian: expo('georgian', 'NotoSansGeorgian'),
  armenian: expo('armenian', 'NotoSansArmenian'),
  ethiopic: expo('ethiopic', 'NotoSansEthiopic'),
  gujarati: expo('gujarati', 'NotoSansGujarati'),
  lao: expo('lao', 'NotoSansLao'),
  khmer: expo('khmer', 'NotoSansKhmer'),
  myanmar: expo('myanmar', 'NotoSansMyanmar'),
  tibetan: expo('tibetan', 'NotoSerifTibetan', 'noto-serif-tibetan'),
  thaana: expo('thaana', 'NotoSansThaana'),
  cherokee: expo('cherokee', 'NotoSansCherokee'),
  javanese: expo('javanese', 'NotoSansJavanese'),
  kr: embedpdf('kr', 'NotoSansKR', 'otf'),
  sc: embedpdf('sc', 'NotoSansHans', 'otf'),
  tc: embedpdf('tc', 'NotoSansHant', 'otf'),
  jp: embedpdf('jp', 'NotoSansJP', 'otf'),
  emoji: expo('emoji', 'NotoEmoji', 'noto-emoji'),
};

/** The folder of an installed package. The packages export only their JS entry, so it is found from there upwards. */
function packageRoot(pkg: string): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json')) || !dir.endsWith(pkg.split('/').pop()!)) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the folder of the font package ${pkg}`);
    dir = parent;
  }
  return dir;
}

/** Absolute path of one face's file. */
export function fontFilePath(role: FaceRole, bold: boolean): string {
  const { pkg, regular, bold: boldFile } = FILES[role];
  return join(packageRoot(pkg), bold ? boldFile : regular);
}
