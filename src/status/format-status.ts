// The status as a person reads it in a terminal, in the organizer's language: counts, pace, each delivery with its goal, changed files, flags.
import { occasionIn } from '../packet/letter/known-occasions.js';
import type { ChalkInstance } from 'chalk';
import type { SheetProgress } from '../sheets/sheet-status.js';
import type { DeliveryStatus, StatusReport } from './status-report.js';
import type { StatusFlag } from './ledger-flags.js';
import { english, type Translator } from '../i18n/translator.js';
import { padToWidth } from '../dedupe/explain/display-width.js';
import { petitionCommand } from '../text/shell-words.js';
import { visibleInLine } from '../text/visible-in-line.js';

/** A calendar day (YYYY-MM-DD) as the catalogs' `{x, date, day}` formats it. */
const day = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
/** The calendar day a moment (an ISO time, UTC) falls on in the campaign's time zone, as `day` takes it. */
const dayIn = (iso: string, zone: string): Date => day(new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso)));

export function formatStatus(report: StatusReport, c: ChalkInstance, words: Translator = english()): string {
  const { counts, pace } = report;
  const { t } = words;
  const n = (value: number) => t('number', { value });
  const lines: string[] = [];
  const today = t('status.today', { today: day(report.today), timezone: report.timezone });
  lines.push(`${c.bold(report.campaign)}: ${report.lastRun ? t('status.today-last-run', { today, lastRun: `${report.lastRun.slice(0, 16).replace('T', ' ')} UTC` }) : today}`);
  lines.push('');
  lines.push(`  ${padToWidth(t('status.unique-label'), 16)} ${c.bold(n(counts.unique))}  (${t('status.unique-detail', { rows: counts.rows, rejected: counts.rejected, duplicates: counts.duplicates })})`);
  lines.push(`  ${padToWidth(t('status.pace-label', { days: pace.days }), 17)} ${t('status.pace', { signers: pace.signers, perDay: pace.perDay, from: pace.from, to: pace.to })}`);
  lines.push(`  ${padToWidth(t('status.review-label'), 16)} ${counts.pendingReview ? c.yellow(t('status.review-pairs', { pairs: counts.pendingReview })) : t('status.review-none')}`);
  lines.push('', c.bold(t('status.deliveries')));
  for (const delivery of report.deliveries) lines.push(...formatDelivery(delivery, report.campaign, c, words, report.timezone));
  lines.push('', c.bold(t(report.lastRun ? 'status.exports-since' : 'status.exports-first')));
  for (const file of report.files) {
    const label = padToWidth(t(`status.change.${file.change}`), 10);
    const mark = file.change === 'unchanged' ? c.dim(label) : file.change === 'changed' ? c.yellow(label) : file.change === 'new' ? c.cyan(label) : c.red(label);
    lines.push(`  ${mark} ${file.path}`);
  }
  if (report.sheets) lines.push('', c.bold(t('status.sheets')), ...formatSheets(report.sheets, c, words));
  if (report.flags.length) {
    lines.push('', c.bold(c.red(t('status.attention'))));
    for (const flag of report.flags) lines.push(`  ${c.red('!')} ${flagText(flag, words)}`);
  }
  return `${lines.join('\n')}\n`;
}

function flagText(flag: StatusFlag, words: Translator): string {
  const { t } = words;
  if (flag.code === 'source-removed' && flag.path && flag.deliveries) return t('status.flag.source-removed', { path: visibleInLine(flag.path), deliveries: flag.deliveries.join(', ') });
  if (flag.code === 'delivered-signers-missing' && flag.delivery && flag.count !== undefined && flag.delivered !== undefined) {
    return t('status.flag.signers-missing', { missing: flag.count, delivered: flag.delivered, delivery: flag.delivery });
  }
  return flag.text ? words.say(flag.text) : flag.message;
}

function formatDelivery(d: DeliveryStatus, campaign: string, c: ChalkInstance, words: Translator, zone: string): string[] {
  const { t } = words;
  const n = (value: number) => t('number', { value });
  const when = d.daysLeft === 0 ? c.bold(t('status.when-today')) : t(d.daysLeft > 0 ? 'status.when-ahead' : 'status.when-ago', { days: Math.abs(d.daysLeft) });
  const place = d.inLanguages?.places[words.language] ?? d.place;
  // A known observance is named in the organizer's language, as the documents name it ("세계 인권의 날"), without
  // the running text's article ("el Día …").
  const occasion = d.occasion === null ? null : occasionIn(words.language, d.occasion, { ...d.inLanguages?.occasions })?.replace(/^(the|el|la) (\p{Lu})/u, '$2') ?? d.occasion;
  const lines = [`  ${c.bold(d.id)}  ${occasion ? t('status.delivery-occasion', { date: d.date, when, place, occasion, target: d.target }) : t('status.delivery', { date: d.date, when, place, target: d.target })}`];
  if (d.delivered) {
    const delivered = d.delivered.total !== d.delivered.signers
      ? t('status.delivered-of', { day: dayIn(d.delivered.markedAt, zone), signers: d.delivered.signers, total: d.delivered.total })
      : t('status.delivered', { day: dayIn(d.delivered.markedAt, zone), signers: d.delivered.signers });
    lines.push(`    ${padToWidth(t('status.label.delivered'), 12)} ${delivered}`);
    // Why the signers below differ from those delivered: the packet applied review decisions this status does not.
    if (d.delivered.decisionsGiven !== 'same') {
      const { decisions: count, decisionsGiven: given } = d.delivered;
      lines.push(`    ${padToWidth('', 12)} ${c.yellow(t('status.delivered-decisions', { count, given }))}`);
    }
  }
  if (d.followUp && 'waitingFor' in d.followUp) {
    lines.push(`    ${padToWidth(t('status.label.follows'), 12)} ${d.since}: ${c.yellow(t('status.follows-waiting', { command: petitionCommand(['packet', '--campaign', campaign, '--delivery', d.followUp.waitingFor, '-o', `packets/${d.followUp.waitingFor}`, '--mark-delivered']) }))}`);
  } else if (d.followUp) {
    const { deliveredBefore: before, noLongerCounted: gone, newSigners } = d.followUp;
    const follows = t(gone ? 'status.follows-no-longer' : 'status.follows', { before, gone, newSigners: c.bold(n(newSigners)), newCount: newSigners, all: d.signers });
    lines.push(`    ${padToWidth(t('status.label.follows'), 12)} ${d.since}: ${follows}${signedAfter(d, words)}`);
  } else {
    lines.push(`    ${padToWidth(t('status.label.signers'), 12)} ${n(d.signers)}${signedAfter(d, words)}`);
  }
  const goal = d.goal;
  if (goal?.total) {
    const share = Math.floor((goal.total.have / goal.total.goal) * 100);
    const state = goal.total.reached ? c.green(t('status.goal-reached')) : t('status.goal-share', { share });
    let eta = '';
    if (!goal.total.reached && d.daysLeft >= 0) {
      const late = d.projected && d.projected.days > d.daysLeft ? c.yellow(t('status.eta-late')) : '';
      eta = d.projected ? t('status.eta', { day: d.projected.day, days: d.projected.days, late }) : t('status.eta-none');
    }
    lines.push(`    ${padToWidth(t('status.label.goal'), 12)} ${t('status.goal', { have: goal.total.have, goal: goal.total.goal, state, eta })}`);
  }
  if (goal && goal.countries.length) {
    const each = goal.countries.map((x) => `${x.country} ${n(x.have)}/${n(x.goal)} ${x.reached ? c.green('✓') : c.red('✗')}`).join('  ');
    const verdict = goal.countriesReached >= goal.countriesNeeded ? c.green(t('status.countries-met')) : c.red(t('status.countries-not-met'));
    lines.push(`    ${padToWidth(t('status.label.countries'), 12)} ${t('status.countries', { each, reached: goal.countriesReached, needed: goal.countriesNeeded, verdict })}`);
  }
  return lines;
}

/** The signatures the campaign holds beyond a delivery's day, which its count leaves out. */
function signedAfter(d: DeliveryStatus, { t }: Translator): string {
  return d.signedAfterDate ? ` (${t('status.signed-after', { count: d.signedAfterDate, date: d.countedUntil })})` : '';
}

/** Sheets printed, returned and typed up, each sheet that came back or was typed with its signatures, and what does not add up. */
function formatSheets(sheets: SheetProgress, c: ChalkInstance, { t }: Translator): string[] {
  const { issued, returned, typed, perSheet } = sheets;
  const lines = [`  ${t('status.sheets-progress', { issued, returned, typed, notReturned: issued - returned })}`];
  for (const sheet of perSheet.filter((s) => s.returned || s.signatures > 0)) {
    const back = sheet.returned ? t('status.sheet-returned', { day: sheet.returnedDay ?? sheet.returned.slice(0, 10) }) : c.yellow(t('status.sheet-not-returned'));
    lines.push(`  ${sheet.sheet}  ${padToWidth(back, 19)}  ${sheet.signatures ? t('status.sheet-signatures', { signatures: sheet.signatures }) : c.dim(t('status.sheet-not-typed'))}`);
  }
  if (sheets.typedNotReturned.length) lines.push(`  ${c.red('!')} ${t('status.sheets-typed-not-returned', { sheets: sheets.typedNotReturned.join(', ') })}`);
  if (sheets.returnedNotTyped.length) lines.push(`  ${c.yellow('!')} ${t('status.sheets-returned-not-typed', { sheets: sheets.returnedNotTyped.join(', ') })}`);
  for (const batch of sheets.voided) lines.push(`  ${c.dim(t('status.batch-voided', batch))}`);
  return lines;
}
