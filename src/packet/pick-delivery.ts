// Which delivery a packet is built for: the one named, the only one, or else the next one to come.
import type { Campaign, Delivery } from '../campaign/campaign-schema.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

/** `today` is YYYY-MM-DD in the campaign's time zone. */
export function pickDelivery(campaign: Campaign, requested: string | undefined, today: string): Delivery {
  const { deliveries } = campaign;
  if (requested !== undefined) {
    const found = deliveries.find((d) => d.id === requested);
    if (!found) throw new UserError(msg('packet.no-such-delivery', { id: requested, deliveries: deliveries.map((d) => d.id).join(', ') }), { file: campaign.file });
    return found;
  }
  if (deliveries.length === 1) return deliveries[0];
  const coming = deliveries.filter((d) => d.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  if (coming.length) return coming[0];
  return [...deliveries].sort((a, b) => b.date.localeCompare(a.date))[0];
}
