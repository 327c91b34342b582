// What the organizer is told when the petition URL is too long for the kit to print whole or to put in a QR code.
import { msg, type Message } from '../i18n/message.js';
import { PRINTED_URL_MAX } from './press-facts.js';
import { fitsQrCode, QR_MAX_BYTES } from './qr-items.js';

export function pressUrlWarnings(url: string | undefined): Message[] {
  if (!url) return [];
  const length = [...url].length;
  if (!fitsQrCode(url)) return [msg('press.url-no-qr', { bytes: Buffer.byteLength(url), limit: QR_MAX_BYTES, printed: PRINTED_URL_MAX })];
  if (length > PRINTED_URL_MAX) return [msg('press.url-not-printed', { length, limit: PRINTED_URL_MAX })];
  return [];
}
