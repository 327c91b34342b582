// What `packet` and `press` ask of a delivery in the same words: the campaign, the delivery, the clock, the matching flags.
import { readDecisions } from './read-decisions.js';
import { VERSION } from './version.js';
import type { CommandContext } from './context.js';
import type { DeliveryRequest } from '../packet/build-packet.js';
import type { OpenWrite } from '../output/atomic-write.js';

export interface DeliveryFlags {
  campaign: string;
  delivery?: string;
  output: string;
  exact?: boolean;
  decisions?: string;
  /** Rebuild a delivery marked delivered even when the exports no longer give its signers. */
  force?: boolean;
}

export async function deliveryRequest(
  flags: DeliveryFlags, ctx: CommandContext, onProgress: DeliveryRequest['onProgress'],
): Promise<DeliveryRequest & { outDir: string; openWrite?: OpenWrite }> {
  return {
    campaignPath: flags.campaign, deliveryId: flags.delivery, outDir: flags.output, now: ctx.deps.now(), toolVersion: VERSION,
    exact: flags.exact, force: flags.force, collectGarbage: ctx.deps.collectGarbage, onProgress, openWrite: ctx.deps.openWrite,
    ...(flags.decisions ? { decisions: await readDecisions(flags.decisions), decisionsPath: flags.decisions } : {}),
  };
}
