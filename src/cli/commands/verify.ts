// `petition verify DIR`: re-checks every hash in the packet's manifest and says exactly what differs.
import { verifyPacket } from '../../packet/manifest/verify-packet.js';
import { describeDifferences } from '../../packet/manifest/describe-differences.js';
import { EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import type { CommandContext } from '../context.js';
import { counted } from '../../text/counted.js';

export interface VerifyFlags {
  inputs?: string;
  json?: boolean;
}

export async function verifyCommand(dir: string, flags: VerifyFlags, ctx: CommandContext): Promise<number> {
  const result = await verifyPacket(dir, { inputsFrom: flags.inputs });
  if (flags.json) ctx.out(JSON.stringify(result, null, 2) + '\n');
  else if (result.ok) ctx.out(`${dir}: every file matches its manifest (${result.checked} checked)\n`);
  else ctx.out(`${dir}: ${counted(result.differences.length, 'difference')}\n${describeDifferences(result.differences).map((line) => `  ${line}\n`).join('')}`);
  return result.ok ? EXIT_DONE : EXIT_PROBLEMS;
}
