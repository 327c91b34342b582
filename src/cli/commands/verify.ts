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
  else if (result.ok) ctx.out(`${words.t('verify.ok', { dir: folder, checked: result.checked, anchor: anchorLine(result, words) })}\n`);
  else ctx.out(`${words.t('verify.differences', { dir: folder, count: result.differences.length })}\n${describeDifferences(result.differences, words).map((line) => `  ${line}\n`).join('')}`);
  // A ledger line without a MAC is not tampering, but the packet is not proven by it: something to look at.
  return result.ok && !result.ledgerNotSealed ? EXIT_DONE : EXIT_PROBLEMS;
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
  if (result.ledgerUnauthenticated) return words.t('verify.anchor.ledger-unauthenticated', { fingerprint, reason: words.say(result.ledgerUnauthenticated) });
  // The fingerprint is printed inside the files, so it cannot cover their bytes: a file swapped with its hash
  // patched into manifest.json passes this check, and only the ledger catches it.
  if (against) return words.t('verify.anchor.figures', { fingerprint, against });
  return words.t('verify.anchor.self', { fingerprint });
}
