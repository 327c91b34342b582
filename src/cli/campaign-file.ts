// Every command that works on a campaign takes it the same way (DESIGN.md): `--campaign FILE` or the first argument.
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

/**
 * The campaign file named by the argument or by --campaign. Both given and different: refused, since picking one in
 * silence could build a packet for the wrong campaign.
 */
export function campaignFileOf(command: string, argument: string | undefined, flag: string | undefined): string | undefined {
  if (argument !== undefined && flag !== undefined && argument !== flag) {
    throw new UserError(msg('cli.two-campaigns', { command, file: argument, campaign: flag }));
  }
  return flag ?? argument;
}
