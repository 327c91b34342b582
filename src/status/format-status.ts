// The status as a person reads it in a terminal: counts, pace, each delivery with its goal, changed files, flags.
import type { ChalkInstance } from 'chalk';
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
  for (const delivery of report.deliveries) lines.push(...formatDelivery(delivery, report.campaign, c));
  lines.push('', c.bold('Exports') + (report.lastRun ? ' since the last status' : ' (first status: nothing to compare with)'));
  for (const file of report.files) {
    const mark = file.change === 'unchanged' ? c.dim('unchanged ') : file.change === 'changed' ? c.yellow('changed   ') : file.change === 'new' ? c.cyan('new       ') : c.red(file.change.padEnd(10));
    lines.push(`  ${mark} ${file.path}`);
  }
  if (report.sheets) {
    const { issued, typed, perSheet } = report.sheets;
    lines.push('', c.bold('Paper sheets'), `  ${n(issued)} printed, ${n(typed)} typed up (a sheet counts as typed up once one of its lines is read), ${n(issued - typed)} still to come`);
    for (const sheet of perSheet.filter((s) => s.signatures > 0)) lines.push(`  ${sheet.sheet}  ${n(sheet.signatures)} signature${sheet.signatures === 1 ? '' : 's'}`);
  }
  if (report.flags.length) {
    lines.push('', c.bold(c.red('Needs attention')));
    for (const flag of report.flags) lines.push(`  ${c.red('!')} ${flag.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatDelivery(d: DeliveryStatus, campaign: string, c: ChalkInstance): string[] {
  const when = d.daysLeft > 0 ? `in ${n(d.daysLeft)} day${d.daysLeft === 1 ? '' : 's'}` : d.daysLeft === 0 ? c.bold('today') : `${n(-d.daysLeft)} day${d.daysLeft === -1 ? '' : 's'} ago`;
  const lines = [`  ${c.bold(d.id)}  ${d.date} (${when}), ${d.place}${d.occasion ? `, ${d.occasion}` : ''} → ${d.target}`];
  if (d.delivered) lines.push(`    delivered    marked ${d.delivered.markedAt.slice(0, 10)}: ${counted(d.delivered.signers, 'signer')}${d.delivered.total !== d.delivered.signers ? ` (${n(d.delivered.total)} in all)` : ''}`);
  if (d.followUp && 'waitingFor' in d.followUp) {
    lines.push(`    follows      ${d.since}: ${c.yellow(`not marked delivered yet (npx petition packet --campaign ${campaign} --delivery ${d.followUp.waitingFor} -o packets/${d.followUp.waitingFor} --mark-delivered)`)}`);
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
