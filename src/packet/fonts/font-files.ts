// Where the Noto fonts live: full fonts from the @embedpdf/fonts-* npm packages (OFL-1.1), regular and bold.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The faces, in fallback order for letters: Latin (with Greek and Cyrillic) first, CJK last. */
export const FACE_ROLES = ['latin', 'hebrew', 'arabic', 'kr', 'sc', 'tc', 'jp'] as const;
export type FaceRole = (typeof FACE_ROLES)[number];

const FILES: Record<FaceRole, { pkg: string; regular: string; bold: string }> = {
  latin: { pkg: '@embedpdf/fonts-latin', regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
  hebrew: { pkg: '@embedpdf/fonts-hebrew', regular: 'NotoSansHebrew-Regular.ttf', bold: 'NotoSansHebrew-Bold.ttf' },
  arabic: { pkg: '@embedpdf/fonts-arabic', regular: 'NotoNaskhArabic-Regular.ttf', bold: 'NotoNaskhArabic-Bold.ttf' },
  kr: { pkg: '@embedpdf/fonts-kr', regular: 'NotoSansKR-Regular.otf', bold: 'NotoSansKR-Bold.otf' },
  sc: { pkg: '@embedpdf/fonts-sc', regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' },
  tc: { pkg: '@embedpdf/fonts-tc', regular: 'NotoSansHant-Regular.otf', bold: 'NotoSansHant-Bold.otf' },
  jp: { pkg: '@embedpdf/fonts-jp', regular: 'NotoSansJP-Regular.otf', bold: 'NotoSansJP-Bold.otf' },
};

/** Absolute path of one face's file. The packages export only their JS entry, so the font folder is found beside it. */
export function fontFilePath(role: FaceRole, bold: boolean): string {
  const require = createRequire(import.meta.url);
  const { pkg, regular, bold: boldFile } = FILES[role];
  const entry = require.resolve(pkg); // <pkg>/dist/index.cjs
  return join(dirname(entry), '..', 'fonts', bold ? boldFile : regular);
}
