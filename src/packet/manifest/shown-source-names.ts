// The export files as manifest.json, a document handed over with the packet, names them: a volunteer's typed-up sheet
// named after them ("minjun.kim@gmail.com 서명.csv", "김민준 010-1234-5678.csv") is named with its contact data masked
// as messages mask it (verifyS2 F12). verify --inputs finds a masked name's file by its contents (verify-packet.ts).
import type { Counts } from '../../types.js';
import { maskContactInPath } from '../../output/mask.js';

/**
 * Each name → the name the manifest gives it: masked where it holds an email or a phone number, and told apart with
 * " (2)", " (3)" where two masked names are one ("m…@gmail.com.csv" for two volunteers' sheets).
 */
export function shownSourceNames(names: readonly string[]): Map<string, string> {
  const shown = new Map<string, string>();
  const taken = new Set(names.filter((name) => maskContactInPath(name) === name));
  for (const name of names) {
    if (shown.has(name)) continue;
    const masked = maskContactInPath(name);
    if (masked === name) {
      shown.set(name, name);
      continue;
    }
    let unique = masked;
    for (let n = 2; taken.has(unique); n++) unique = `${masked} (${n})`;
    taken.add(unique);
    shown.set(name, unique);
  }
  return shown;
}

/** The counts with their per-source table keyed by the names shown. */
export function withSourcesShown(counts: Counts, shown: ReadonlyMap<string, string>): Counts {
  const bySource = Object.fromEntries(Object.entries(counts.bySource).map(([name, bucket]) => [shown.get(name) ?? maskContactInPath(name), bucket]));
  return { ...counts, bySource };
}

/** The masked name a file on disk would be given, with the " (n)" a second one of that name gets taken off. */
export function maskedNameMatches(fileName: string, shownName: string): boolean {
  return maskContactInPath(fileName) === shownName.replace(/ \(\d+\)$/u, '') && maskContactInPath(fileName) !== fileName;
}
