// `petition verify DIR`: checks the manifest against the ledger or the paper fingerprint, then every file against it.
import { visibleInLine } from '../../errors.js';
import { resolve } from 'node:path';
import { verifyPacket, type RecordedDelivery, type VerifyResult } from '../../packet/manifest/verify-packet.js';
import { headPath } from '../../ledger/ledger-head.js';
import { petitionCommand } from '../../text/shell-words.js';
import { describeDifferences } from '../../packet/manifest/describe-differences.js';
import { ledgerPath } from '../../ledger/ledger-files.js';
import { secretPath } from '../../ledger/signer-secret.js';
import { EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import type { CommandContext } from '../context.js';
import type { Translator } from '../../i18n/translator.js';

export interface VerifyFlags {
  inputs?: string;
  campaign?: string;
  fingerprint?: string;
  json?: boolean;
}

export async function verifyCommand(dir: string, flags: VerifyFlags, ctx: CommandContext): Promise<number> {
  const result = await verifyPacket(dir, {
    inputsFrom: flags.inputs,
    fingerprint: flags.fingerprint,
    ...(flags.campaign !== undefined ? { ledgerFile: ledgerPath(resolve(ctx.deps.cwd, flags.campaign)), secretFile: secretPath(resolve(ctx.deps.cwd, flags.campaign)) } : {}),
  });
  const { words } = ctx;
  const folder = visibleInLine(dir);
  if (flags.json) ctx.out(JSON.stringify(result, null, 2) + '\n');
  else ctx.out(verdict(result, folder, words) + headNote(result, flags.campaign, words));
  return result.ok ? EXIT_DONE : EXIT_PROBLEMS;
}

function verdict(result: VerifyResult, folder: string, words: Translator): string {
  if (result.ok) {
    const ok = words.t('verify.ok', { dir: folder, checked: result.checked, anchor: anchorLine(result, words) });
    return `${result.delivery ? `${ok}. ${recordedDelivery(result.delivery, words)}` : ok}\n`;
  }
  const unproven = result.ledgerUnauthenticated;
  // Nothing differs, yet the ledger line the files match cannot be authenticated: not a pass, and not a difference.
  if (unproven && result.differences.length === 0) {
    return `${words.t('verify.unproven', { dir: folder, checked: result.checked, fingerprint: result.packetFingerprint ?? '', reason: unproven })}\n`;
  }
  const lines = describeDifferences(result.differences, words);
  if (unproven) lines.push(words.t('verify.unproven-also', { reason: unproven }));
  return `${words.t('verify.differences', { dir: folder, count: result.differences.length })}\n${lines.map((line) => `  ${line}\n`).join('')}`;
}

/** Which delivery the matching ledger line records: a genuine packet of another delivery matches its own line too. */
function recordedDelivery(delivery: RecordedDelivery, words: Translator): string {
  const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return words.t('verify.recorded-delivery', {
    delivery: delivery.id, date: day(delivery.date), hasTarget: delivery.target !== undefined ? 'yes' : 'no', target: delivery.target ?? '',
    marked: day(delivery.markedAt), signers: delivery.signers, followUp: delivery.total !== delivery.signers ? 'yes' : 'no', total: delivery.total,
  });
}

/** A ledger without its recorded end cannot show a line lost from it: said under the verdict, pass or not. */
function headNote(result: VerifyResult, campaign: string | undefined, words: Translator): string {
  if (!result.ledgerHeadMissing || campaign === undefined) return '';
  const ledger = ledgerPath(campaign);
  return `${words.t('verify.ledger-head-missing', { head: visibleInLine(headPath(ledger)), file: visibleInLine(ledger), status: visibleInLine(petitionCommand(['status', campaign])) })}\n`;
}

function anchorLine(result: VerifyResult, words: Translator): string {
  const fingerprint = result.packetFingerprint ?? '';
  const against = result.checkedAgainst.length > 1 ? 'both' : result.checkedAgainst[0];
  // A press kit's fingerprint is the packet's, which covers none of the kit: matching it proves nothing about the kit.
  if (result.pressKit) {
    if (result.filesProven) return words.t('verify.anchor.press-proven', { fingerprint });
    if (against) return words.t('verify.anchor.press-named', { fingerprint, against });
    return words.t('verify.anchor.self', { fingerprint });
  }
  if (result.filesProven) return words.t('verify.anchor.proven', { fingerprint, against });
  // The fingerprint is printed inside the files, so it cannot cover their bytes: a file swapped with its hash
  // patched into manifest.json passes this check, and only the ledger catches it.
  if (against) return words.t('verify.anchor.figures', { fingerprint, against });
  return words.t('verify.anchor.self', { fingerprint });
}
