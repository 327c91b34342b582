// The status as a person reads it in a terminal: counts, pace, each delivery with its goal, changed files, flags.
import type { ChalkInstance } from 'chalk';
import type { SheetProgress } from '../sheets/sheet-status.js';
import type { DeliveryStatus, StatusReport } from './status-report.js';
import { counted } from '../text/counted.js';

const n = (value: number) => value.toLocaleString('en-US');

export function formatStatus(report: StatusReport, c: ChalkInstance): string {
  const { counts, pace } = report;
  const lines: string[] = [];
  lines.push(`${c.bold(report.campaign)}: today is ${report.today} (${report.timezone})${report.lastRun ? `; last status ${report.lastRun.slice(0, 16).replace('T', ' ')} UTC` : ''}`);
  lines.push('');
  lines.push(`  unique signers   ${c.bold(n(counts.unique))}  (${counted(counts.rows, 'row')} read, ${n(counts.rejected)} rejected, ${counted(counts.duplicates, 'duplicate')})`);
  lines.push(`  last ${counted(pace.days, 'day').padEnd(12)} ${counted(pace.signers, 'new signer')}, ${pace.perDay.toFixed(1)} a day (${pace.from} to ${pace.to})`);
  lines.push(`  awaiting review  ${counts.pendingReview ? c.yellow(`${n(counts.pendingReview)} pair${counts.pendingReview === 1 ? '' : 's'}`) : 'none'}`);
  lines.push('', c.bold('Deliveries'));
  for (const delivery of report.deliveries) lines.push(...formatDelivery(delivery, c));
  lines.push('', c.bold('Exports') + (report.lastRun ? ' since the last status' : ' (first status: nothing to compare with)'));
  for (const file of report.files) {
    const mark = file.change === 'unchanged' ? c.dim('unchanged ') : file.change === 'changed' ? c.yellow('changed   ') : file.change === 'new' ? c.cyan('new       ') : c.red(file.change.padEnd(10));
    lines.push(`  ${mark} ${file.path}`);
  }
  if (report.sheets) lines.push('', c.bold('Paper sheets'), ...formatSheets(report.sheets, c));
  if (report.flags.length) {
    lines.push('', c.bold(c.red('Needs attention')));
    for (const flag of report.flags) lines.push(`  ${c.red('!')} ${flag.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatDelivery(d: DeliveryStatus, c: ChalkInstance): string[] {
  const when = d.daysLeft > 0 ? `in ${n(d.daysLeft)} day${d.daysLeft === 1 ? '' : 's'}` : d.daysLeft === 0 ? c.bold('today') : `${n(-d.daysLeft)} day${d.daysLeft === -1 ? '' : 's'} ago`;
  const lines = [`  ${c.bold(d.id)}  ${d.date} (${when}), ${d.place}${d.occasion ? `, ${d.occasion}` : ''} → ${d.target}`];
  if (d.delivered) lines.push(`    delivered    marked ${d.delivered.markedAt.slice(0, 10)}: ${counted(d.delivered.signers, 'signer')}${d.delivered.total !== d.delivered.signers ? ` (${n(d.delivered.total)} in all)` : ''}`);
  if (d.followUp && 'waitingFor' in d.followUp) {
    lines.push(`    follows      ${d.since}: ${c.yellow(`not marked delivered yet (petition packet --delivery ${d.followUp.waitingFor} --mark-delivered)`)}`);
  } else if (d.followUp) {
    lines.push(`    follows      ${d.since}: ${n(d.followUp.deliveredBefore)} delivered then, ${c.bold(n(d.followUp.newSigners))} new since, ${n(d.signers)} in all`);
  } else {
    lines.push(`    signers      ${n(d.signers)}`);
  }
  const goal = d.goal;
  if (goal?.total) {
    const share = Math.floor((goal.total.have / goal.total.goal) * 100);
    const state = goal.total.reached ? c.green('reached') : `${share}%`;
    const eta = goal.total.reached || d.daysLeft < 0 ? '' : d.projected ? `; at this pace on ${d.projected.day} (${counted(d.projected.days, 'day')})${d.daysLeft >= 0 && d.projected.days > d.daysLeft ? c.yellow(', after the delivery') : ''}` : '; not at the current pace (no new signers in the last days)';
    lines.push(`    goal         ${n(goal.total.have)} of ${n(goal.total.goal)}, ${state}${eta}`);
  }
  if (goal && goal.countries.length) {
    const each = goal.countries.map((x) => `${x.country} ${n(x.have)}/${n(x.goal)} ${x.reached ? c.green('✓') : c.red('✗')}`).join('  ');
    const verdict = goal.countriesReached >= goal.countriesNeeded ? c.green('met') : c.red('not met');
    lines.push(`    countries    ${each}: ${goal.countriesReached} of ${goal.countriesNeeded} needed, ${verdict}`);
  }
  return lines;
}

/** Sheets printed, returned and typed up, each sheet that came back or was typed with its signatures, and what does not add up. */
function formatSheets(sheets: SheetProgress, c: ChalkInstance): string[] {
  const { issued, returned, typed, perSheet } = sheets;
  const lines = [`  ${n(issued)} printed, ${n(returned)} returned, ${n(typed)} typed up (a sheet is typed up once one of its lines is read); ${n(issued - returned)} not returned yet`];
  for (const sheet of perSheet.filter((s) => s.returned || s.signatures > 0)) {
    const back = sheet.returned ? `returned ${sheet.returned.slice(0, 10)}` : c.yellow('not marked returned');
    lines.push(`  ${sheet.sheet}  ${back.padEnd(19)}  ${sheet.signatures ? counted(sheet.signatures, 'signature') : c.dim('not typed up')}`);
  }
  if (sheets.typedNotReturned.length) lines.push(`  ${c.red('!')} typed up but never marked returned: ${sheets.typedNotReturned.join(', ')}`);
  if (sheets.returnedNotTyped.length) lines.push(`  ${c.yellow('!')} returned but not typed up yet: ${sheets.returnedNotTyped.join(', ')}`);
  return lines;
}
