// `petition verify DIR`: checks the manifest against the ledger or the paper fingerprint, then every file against it.
import { withoutLineBreaks } from '../../errors.js';
import { resolve } from 'node:path';
import { verifyPacket, type VerifyResult } from '../../packet/manifest/verify-packet.js';
import { describeDifferences } from '../../packet/manifest/describe-differences.js';
import { ledgerPath } from '../../ledger/ledger-files.js';
import { EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import type { CommandContext } from '../context.js';
import { counted } from '../../text/counted.js';

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
    ...(flags.campaign !== undefined ? { ledgerFile: ledgerPath(resolve(ctx.deps.cwd, flags.campaign)) } : {}),
  });
  if (flags.json) ctx.out(JSON.stringify(result, null, 2) + '\n');
  else if (result.ok) ctx.out(`${withoutLineBreaks(dir)}: every file matches its manifest (${result.checked} checked); ${anchorLine(result)}\n`);
  else ctx.out(`${withoutLineBreaks(dir)}: ${counted(result.differences.length, 'difference')}\n${describeDifferences(result.differences).map((line) => `  ${line}\n`).join('')}`);
  return result.ok ? EXIT_DONE : EXIT_PROBLEMS;
}

function anchorLine(result: VerifyResult): string {
  const against = result.checkedAgainst.map((a) => (a === 'ledger' ? 'the campaign ledger' : 'the fingerprint from paper'));
  if (result.filesProven) return `packet fingerprint ${result.packetFingerprint}, matching ${against.join(' and ')}`;
  if (against.length) {
    // The fingerprint is printed inside the files, so it cannot cover their bytes: a file swapped with its hash
    // patched into manifest.json passes this check, and only the ledger catches it.
    return `packet fingerprint ${result.packetFingerprint}, matching ${against.join(' and ')}. That proves the figures, the signers and the inputs only; the files' bytes are not proven: check them against the ledger with --campaign`;
  }
  return `packet fingerprint ${result.packetFingerprint}. Checked against itself only: compare that fingerprint with the one printed on the paper letter (--fingerprint), or check against the ledger (--campaign)`;
}
