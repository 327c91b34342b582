// `petition verify DIR`: checks the manifest against the ledger or the paper fingerprint, then every file against it.
import { visibleInLine } from '../../errors.js';
import { resolve } from 'node:path';
import { verifyPacket, type VerifyResult } from '../../packet/manifest/verify-packet.js';
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
  else ctx.out(verdict(result, folder, words));
  return result.ok ? EXIT_DONE : EXIT_PROBLEMS;
}

function verdict(result: VerifyResult, folder: string, words: Translator): string {
  if (result.ok) return `${words.t('verify.ok', { dir: folder, checked: result.checked, anchor: anchorLine(result, words) })}\n`;
  const unproven = result.ledgerUnauthenticated;
  // Nothing differs, yet the ledger line the files match cannot be authenticated: not a pass, and not a difference.
  if (unproven && result.differences.length === 0) {
    return `${words.t('verify.unproven', { dir: folder, checked: result.checked, fingerprint: result.packetFingerprint ?? '', reason: unproven })}\n`;
  }
  const lines = describeDifferences(result.differences, words);
  if (unproven) lines.push(words.t('verify.unproven-also', { reason: unproven }));
  return `${words.t('verify.differences', { dir: folder, count: result.differences.length })}\n${lines.map((line) => `  ${line}\n`).join('')}`;
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
