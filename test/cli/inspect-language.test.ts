// inspect and init's preview speak the organizer's language in the values they show too: a missing country, the
// generic reader's name, and dates as the calendar days they are (no "T00:00:00.000Z", no time zone nobody decided).
import { describe, expect, it } from '@jest/globals';
import { exportPath } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { inspectExport, inspectionLabel } from '../../src/campaign-init/inspect-export.js';
import { translator } from '../../src/i18n/translator.js';

describe('inspect in Korean and Spanish', () => {
  it('shows a paper transcription without a country column with a translated placeholder, format name and plain dates', async () => {
    const ko = await runMain(['--lang', 'ko', 'inspect', exportPath('seoul-paper.csv')]);
    expect(ko.stdout).not.toMatch(/unknown|generic|T00:00:00|\.000Z/);
    expect(ko.stdout).toContain('박지호 | 서울 | (국가 없음) | 2025-11-01');
    expect(ko.stdout).toMatch(/형식\s+일반/);
    const es = await runMain(['--lang', 'es', 'inspect', exportPath('seoul-paper.csv')]);
    expect(es.stdout).not.toMatch(/unknown|generic|T00:00:00|\.000Z/);
    expect(es.stdout).toContain('(sin país) | 2025-11-01');
    expect(es.stdout).toMatch(/genérico/);
  });

  it('shows a time of day as read, without a "Z" claiming UTC', async () => {
    const es = await runMain(['--lang', 'es', 'inspect', exportPath('google-form.csv')]);
    expect(es.stdout).toContain('US | 2025-11-03 09:15:22');
    expect(es.stdout).not.toMatch(/\d\.000Z|T\d\d:/);
  });

  it('keeps --json in English and ISO form', async () => {
    const json = JSON.parse((await runMain(['--lang', 'ko', 'inspect', '--json', exportPath('seoul-paper.csv')])).stdout);
    expect(json.format).toBe('generic');
    expect(json.rows[0].signedAt).toBe('2025-11-01T00:00:00.000Z');
  });

  it("init's preview names the format and the missing country in Korean", async () => {
    const words = translator('ko');
    const inspection = await inspectExport(exportPath('seoul-paper.csv'), { words });
    expect(inspectionLabel(inspection, words)).not.toContain('generic');
    expect(inspection.rows[0]).toContain('박지호 | 서울 | (국가 없음) | 2025-11-01');
  });
});
