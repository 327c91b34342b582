// Nickname equivalence for given names (Bob/Robert, Bill/William, Kate/Katherine), from a maintained list.

import { NICKNAMES_CSV } from './nickname-data.js';

let related: Map<string, Set<string>> | null = null;

// Only direct relations count (a name and a nickname listed on one line): siblings on a line such as
// "bill,william,robert" would otherwise make William and Robert the same person.
function buildRelations(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (a === b) return;
    let set = map.get(a);
    if (!set) map.set(a, (set = new Set()));
    set.add(b);
  };
  for (const line of NICKNAMES_CSV.split('\n')) {
    const names = line.trim().split(',').filter(Boolean);
    const head = names[0];
    if (!head) continue;
    for (let i = 1; i < names.length; i++) {
      link(head, names[i]);
      link(names[i], head);
    }
  }
  return map;
}

/** True when one folded given name is listed as a nickname of the other. */
export function areNicknames(a: string, b: string): boolean {
  if (!a || !b || a === b) return false;
  related ??= buildRelations();
  return related.get(a)?.has(b) ?? false;
}
