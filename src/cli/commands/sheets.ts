// `petition sheets --campaign campaign.yaml [--language ko] [--count 50] -o sheets.pdf`: paper signature sheets, each
// with its own ID recorded in the campaign's sheet register; `--template FILE` writes the file volunteers type into.
import { existsSync, readFileSync } from 'node:fs';
import { statPath } from '../../read/stat-path.js';
import { dirname, join, resolve } from 'node:path';
import { claimOutputFile } from '../../output/claim-output-file.js';
import { refuseInsideDeliveryFolder } from '../../output/folder-kind.js';
import { loadCampaign } from '../../campaign/load-campaign.js';
import { UserError, visibleInLine } from '../../errors.js';
import { writeFileAtomic, writeWholeFileAtomic } from '../../output/atomic-write.js';
import { planSheets, SHEET_COLUMNS } from '../../sheets/plan-sheets.js';
import { renderSheets, type SheetColumn } from '../../sheets/render-sheets.js';
import { addBatch, campaignSheetCode, markReturned, readSheetRegister, REGISTER_FILE, unmarkReturned, unvoidBatches, voidBatches, withRegisterLock, writeSheetRegister } from '../../sheets/sheet-register.js';
import { transcriptionTemplate } from '../../sheets/transcription.js';
import { EXIT_DONE } from '../exit-codes.js';
import type { CommandContext } from '../context.js';
import { refuseInputAsOutput } from '../../output/refuse-input-as-output.js';
import { campaignInputs } from '../../campaign/campaign-inputs.js';
import { campaignCalendar } from '../../status/campaign-calendar.js';
import { msg } from '../../i18n/message.js';

export interface SheetsFlags {
  campaign?: string;
  language?: string;
  count: string;
  output?: string;
  template?: string;
  returned?: string[];
  notReturned?: string[];
  void?: string[];
  reprint?: string;
  unvoid?: string[];
  columns?: string;
  paper?: string;
  force?: boolean;
  json?: boolean;
}

export async function sheetsCommand(flags: SheetsFlags, ctx: CommandContext): Promise<number> {
  const campaignPath = flags.campaign ?? 'campaign.yaml';
  if (!flags.output && !flags.template && !flags.returned && !flags.notReturned && !flags.void && !flags.unvoid) {
    throw new UserError(msg('sheets.what-to-do'));
  }
  if (flags.returned && flags.notReturned) throw new UserError(msg('sheets.returned-and-not'));
  const campaign = await loadCampaign(campaignPath, ctx.deps.readFile);
  // The PDF or the template written over a typed-up export, the campaign or its register would destroy them.
  refuseInputAsOutput([flags.output, flags.template], campaignInputs(campaign, campaignPath));
  // The template is CSV text: under another name (typed.xlsx) Excel refuses to open it at the rally office.
  if (flags.template && !/\.csv$/i.test(flags.template)) throw new UserError(msg('sheets.template-csv-only', { file: visibleInLine(flags.template) }));
  // An empty --columns is a mistake (a variable left empty), not a request for the default columns.
  const columns = flags.columns !== undefined ? parseColumns(flags.columns) : undefined;
  const paper = flags.paper === undefined ? undefined : paperSize(flags.paper);
  const plan = planSheets(campaign, { language: flags.language, columns, paper });
  const registerPath = join(dirname(campaignPath), REGISTER_FILE);
  const result: Record<string, unknown> = { register: registerPath };

  const output = flags.output;
  if (flags.reprint !== undefined) {
    if (!output) throw new UserError(msg('sheets.reprint-needs-output'));
    await claimOutputFile(output, { force: flags.force === true, exists: msg('sheets.pdf-exists') });
    const register = await readSheetRegister(registerPath, campaignSheetCode(campaign));
    const batch = register.batches.find((b) => String(b.batch) === flags.reprint?.trim());
    if (!batch) throw new UserError(msg('sheets.no-such-batch', { flag: '--reprint', batch: flags.reprint, batches: register.batches.map((b) => b.batch).join(', ') || '-' }));
    if (batch.voided) throw new UserError(msg('sheets.reprint-voided', { batch: batch.batch, date: batch.voided.slice(0, 10) }));
    // Reprinted in the batch's own language, with its IDs and print date: the same sheets, nothing new registered.
    const again = planSheets(campaign, { language: batch.language, columns, paper });
    let pages = 0;
    await writeFileAtomic(output, async (out) => {
      const drawn = await renderSheets({ ...again, ids: batch.sheets, firstNumber: 1, batchSize: batch.sheets.length, creationDate: new Date(batch.printed) }, out);
      // The campaign text changed since: the sheets would have another number of lines than the register checks.
      if (drawn.lines !== batch.lines) throw new UserError(msg('sheets.reprint-lines-differ', { batch: batch.batch, lines: batch.lines, now: drawn.lines }));
      pages = drawn.pages;
    });
    Object.assign(result, { pdf: output, pages, reprinted: batch.batch, first: batch.sheets[0], last: batch.sheets.at(-1), lines: batch.lines, language: batch.language });
    if (!flags.json) ctx.out(`${ctx.words.t('sheets.reprinted', { pages, batch: batch.batch, first: batch.sheets[0], last: batch.sheets.at(-1) ?? '', file: visibleInLine(output) })}\n`);
  } else if (output) {
    const count = Number(flags.count);
    if (!Number.isInteger(count) || count < 1 || count > 9999) throw new UserError(msg('sheets.count-takes', { value: flags.count }));
    // A PDF of sheets already there is an earlier batch, registered as printed: replaced, it could never be printed.
    await claimOutputFile(output, { force: flags.force === true, exists: msg('sheets.pdf-exists') });
    const code = campaignSheetCode(campaign);
    const { added, pages } = await withRegisterLock(registerPath, async () => {
      const existing = await readSheetRegister(registerPath, code);
      // Every campaign without a code would print the same IDs (PET-01-001-…), and one petition's sheets would be
      // accepted as another's. A register already printed under the default keeps it: those sheets are in the field.
      if (campaign.petition.code === undefined && existing.batches.length === 0) throw new UserError(msg('sheets.needs-code'), { file: campaignPath });
      // New sheets numbered after the register's batches would carry its code, not the campaign's.
      if (existing.batches.length > 0 && existing.code !== code) throw new UserError(msg('sheets.register-code-differs', { printed: existing.code, code }), { file: registerPath });
      const printed = ctx.deps.now();
      const { register, added } = addBatch(existing, { count, language: plan.language, lines: plan.lines, printed: printed.toISOString(), notice: plan.notice });
      let pages = 0;
      await writeFileAtomic(output, async (out) => {
        // A long title or summary can leave room for fewer lines than planned: the register records what was printed.
        ({ pages, lines: added.lines } = await renderSheets({ ...plan, ids: added.sheets, firstNumber: 1, batchSize: count, creationDate: printed }, out));
      });
      // The register is written after the PDF: a sheet is registered only once it can be printed.
      await writeSheetRegister(registerPath, register, ctx.deps.openWrite);
      return { added, pages };
    });
    Object.assign(result, { pdf: flags.output, pages, batch: added.batch, first: added.sheets[0], last: added.sheets.at(-1), lines: added.lines, language: plan.language });
    if (!flags.json) {
      const wrote = { pages, batch: added.batch, first: added.sheets[0], last: added.sheets.at(-1) ?? '', lines: added.lines, language: plan.language, file: visibleInLine(flags.output ?? '') };
      ctx.out(`${ctx.words.t('sheets.wrote', wrote)}\n${ctx.words.t('sheets.registered', { register: visibleInLine(registerPath) })}\n`);
    }
  }
  if (flags.returned) {
    const returned = flags.returned;
    const { existing, register, marked, already } = await withRegisterLock(registerPath, async () => {
      const existing = await readSheetRegister(registerPath, campaignSheetCode(campaign));
      const marking = markReturned(existing, returned, ctx.deps.now().toISOString());
      if (marking.marked.length) await writeSheetRegister(registerPath, marking.register, ctx.deps.openWrite);
      return { existing, ...marking };
    });
    Object.assign(result, { returned: marked, alreadyReturned: already, returnedInAll: Object.keys(register.returned).length });
    if (!flags.json) {
      const values = {
        count: marked.length, register: visibleInLine(registerPath), back: Object.keys(register.returned).length,
        total: existing.batches.reduce((sum, b) => sum + b.sheets.length, 0),
      };
      const calendar = campaignCalendar(ctx.deps.now(), campaign.timezone ?? 'UTC');
      const earlier = already.map((id) => ctx.words.t('sheets.returned-on', { id, date: calendar.dayOf(register.returned[id]) })).join(', ');
      ctx.out(`${already.length ? ctx.words.t('sheets.marked-some-before', { ...values, already: already.length, earlier }) : ctx.words.t('sheets.marked', values)}\n`);
    }
  }
  if (flags.notReturned) {
    const notReturned = flags.notReturned;
    const { existing, register, unmarked, notMarked } = await withRegisterLock(registerPath, async () => {
      const existing = await readSheetRegister(registerPath, campaignSheetCode(campaign));
      const unmarking = unmarkReturned(existing, notReturned);
      if (unmarking.unmarked.length) await writeSheetRegister(registerPath, unmarking.register, ctx.deps.openWrite);
      return { existing, ...unmarking };
    });
    const back = Object.keys(register.returned).length;
    Object.assign(result, { notReturned: unmarked, wasNotMarked: notMarked, returnedInAll: back });
    if (!flags.json) {
      const values = { count: unmarked.length, register: visibleInLine(registerPath), back, total: existing.batches.reduce((sum, b) => sum + b.sheets.length, 0) };
      ctx.out(`${notMarked.length
        ? ctx.words.t('sheets.unmarked-some-not-marked', { ...values, notMarked: notMarked.length, ids: notMarked.join(', ') })
        : ctx.words.t('sheets.unmarked', values)}\n`);
    }
  }
  if (flags.void) {
    const numbers = flags.void;
    const { voided } = await withRegisterLock(registerPath, async () => {
      const voiding = voidBatches(await readSheetRegister(registerPath, campaignSheetCode(campaign)), numbers, ctx.deps.now().toISOString(), { force: flags.force });
      if (voiding.voided.length) await writeSheetRegister(registerPath, voiding.register, ctx.deps.openWrite);
      return voiding;
    });
    result.voided = voided;
    if (!flags.json) ctx.out(`${ctx.words.t('sheets.batches-voided', { count: voided.length, batches: voided.join(', '), register: visibleInLine(registerPath) })}\n`);
  }
  if (flags.unvoid) {
    const numbers = flags.unvoid;
    const { unvoided } = await withRegisterLock(registerPath, async () => {
      const unvoiding = unvoidBatches(await readSheetRegister(registerPath, campaignSheetCode(campaign)), numbers);
      if (unvoiding.unvoided.length) await writeSheetRegister(registerPath, unvoiding.register, ctx.deps.openWrite);
      return unvoiding;
    });
    result.unvoided = unvoided;
    if (!flags.json) ctx.out(`${ctx.words.t('sheets.batches-unvoided', { count: unvoided.length, batches: unvoided.join(', '), register: visibleInLine(registerPath) })}\n`);
  }
  if (flags.template) {
    const template = transcriptionTemplate(plan.columns);
    // Volunteers type into the template: written again over their rows, it would erase an evening's typing.
    if (!flags.force) await refuseInsideDeliveryFolder(flags.template, dirname(resolve(flags.template)));
    if (!flags.force && existsSync(flags.template) && !holdsExactly(flags.template, template)) {
      throw new UserError(msg('sheets.template-exists'), { file: flags.template });
    }
    await writeWholeFileAtomic(flags.template, template);
    result.template = flags.template;
    if (!flags.json) ctx.out(`${ctx.words.t('sheets.template-written', { file: visibleInLine(flags.template ?? '') })}\n`);
  }
  if (flags.json) ctx.out(`${JSON.stringify(result, null, 2)}\n`);
  return EXIT_DONE;
}

function parseColumns(text: string): SheetColumn[] {
  const columns = text.split(',').map((c) => c.trim()).filter(Boolean);
  if (columns.length === 0) throw new UserError(msg('sheets.columns-takes', { columns: SHEET_COLUMNS.join(', '), column: text }));
  for (const c of columns) if (!(SHEET_COLUMNS as readonly string[]).includes(c)) throw new UserError(msg('sheets.columns-takes', { columns: SHEET_COLUMNS.join(', '), column: c }));
  return columns as SheetColumn[];
}

function paperSize(paper: string): 'A4' | 'Letter' {
  const size = (['A4', 'Letter'] as const).find((known) => known.toLowerCase() === paper.trim().toLowerCase());
  if (!size) throw new UserError(msg('sheets.paper-takes', { paper }));
  return size;
}

/** True when the file holds this text and nothing else (a template written earlier and never typed into). */
function holdsExactly(path: string, text: string): boolean {
  return statPath(path).isFile() && readFileSync(path, 'utf8') === text;
}
