// Reads a campaign file from disk and parses it; the one place the campaign touches the file system for reading.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Campaign } from './campaign-schema.js';
import { parseCampaign } from './parse-campaign.js';
import { msg } from '../i18n/message.js';

export type { Campaign } from './campaign-schema.js';

/** Loads campaign.yaml; paths inside it are resolved against its folder. Throws UserError with file, line and field. */
export async function loadCampaign(path: string, read: (path: string) => Promise<Buffer> = readFile): Promise<Campaign> {
  const file = resolve(path);
  let bytes: Buffer;
  try {
    bytes = await read(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UserError(code === 'ENOENT' ? msg('campaign.not-found') : msg('campaign.unreadable', { reason: code ?? String(error) }), { file: path }, { cause: error });
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return parseCampaign(text, path, dirname(file));
}
