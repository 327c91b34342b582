// Rejections and problems on the terminal in the organizer's language; in JSON and CSV, the English text only.
import { describe, expect, it } from '@jest/globals';
import { Chalk } from 'chalk';
import { formatProblems } from '../../src/cli/format-problems.js';
import { formatCounts } from '../../src/cli/format-counts.js';
import { withDetail } from '../../src/i18n/detail.js';
import { msg } from '../../src/i18n/message.js';
import { translator } from '../../src/i18n/translator.js';
import { createProblemLog } from '../../src/normalize/problem-log.js';
import type { Counts, Rejection } from '../../src/types.js';

const plain = new Chalk({ level: 0 });

describe('problems and rejections in words', () => {
  const rejection: Rejection = withDetail({ source: 'paper.csv', row: 4, line: 5, reason: 'no_name', column: '이름' } as const, msg('reject.empty-name'));
  const log = createProblemLog('paper.csv');
  log.note('unknown_country', 'Atlantis', 3, 4, 'country', (count, rows) => msg('problem.unknown-country', { value: 'Atlantis', count, rows }));
  const problems = log.problems();

  it('say the reason, the detail and the place in Korean and Spanish', () => {
    expect(formatProblems(problems, [rejection], 1, translator('ko'))).toBe(
      '경고: paper.csv, 3행, 4번째 줄, "country" 열: "Atlantis"은(는) 알 수 없는 국가여서 \'알 수 없는 국가\'로 셉니다(1개 행: 3)\n'
      + '제외: paper.csv, 4행(5번째 줄, "이름" 열): 이름 없음 — 이름이 비어 있습니다\n');
    expect(formatProblems([], [rejection], 12, translator('es'))).toBe(
      'rechazada: paper.csv, fila 4 (línea 5, columna «이름»): sin nombre — el nombre está vacío\n'
      + 'rechazadas: … y 2 más (escríbalas todas con --rejects rejects.csv)\n');
  });

  it('stay English where a script or a spreadsheet reads them', () => {
    expect(JSON.parse(JSON.stringify(rejection))).toEqual({ source: 'paper.csv', row: 4, line: 5, reason: 'no_name', column: '이름', detail: 'the name is empty' });
    expect(JSON.parse(JSON.stringify(problems))).toEqual([{
      source: 'paper.csv', row: 3, line: 4, code: 'unknown_country', column: 'country',
      message: '"Atlantis" is not a country we know; counted as "Country not recognised" (1 row: 3)',
    }]);
  });

  it('count in the language, with its plural rules and separators', () => {
    const counts = { rows: 12480, rejected: 1, accepted: 12479, duplicates: 2, unique: 12477, uniqueLow: 12476, uniqueHigh: 12477, pendingReview: 1,
      rejectReasons: { no_name: 1 }, duplicatesByRule: { same_email: 2 }, byCountry: {}, byDay: {}, bySource: {} } as unknown as Counts;
    const english = formatCounts(counts, plain);
    expect(english).toContain('between 12,476 and 12,477 until the 1 pair awaiting review is decided');
    expect(english).toMatch(/rejected +1 \(no name 1\)/);
    const spanish = formatCounts(counts, plain, translator('es'));
    expect(spanish).toContain('entre 12.476 y 12.477 hasta que se decida el par por revisar');
    expect(spanish).toContain('(mismo correo 2)');
    expect(formatCounts(counts, plain, translator('ko'))).toContain('검토를 기다리는 1쌍이 결정될 때까지 12,476~12,477명');
  });
});
