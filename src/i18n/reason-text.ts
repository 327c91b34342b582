// A reject reason as a person reads it. The code itself (no_name) is the contract in --json, CSV and clusters.csv.
import type { Translator } from './translator.js';

export function reasonText(reason: string, words: Translator): string {
  return words.known(`reason.${reason}`) ?? reason.replaceAll('_', ' ');
}
