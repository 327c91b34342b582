// The files of the signature list a packet encloses, and the signatures each holds, decided before a page is drawn
// so that the packet fingerprint on every page covers them: a volume deleted with its manifest lines is caught on paper.
import type { ListPart } from './manifest/packet-fingerprint.js';
import type { ListOptions, OrderedSigners } from './signature-list/list-types.js';
import { volumeGroups } from './signature-list/plan-list.js';
import { volumeFileName } from './volume-file-name.js';

/** The list is printed as volumes (one file each) when split, except as a count-only certificate. */
export function listInVolumes(split: ListOptions['split'], privacy: string): boolean {
  return Boolean(split) && privacy !== 'count-only';
}

/** `enclosed`: false for a follow-up with no one new, whose letters enclose no list. */
export function listParts(
  listed: Pick<OrderedSigners, 'listed' | 'countries'>,
  options: Pick<ListOptions, 'split' | 'language'> & { privacy: string; enclosed: boolean },
): ListPart[] {
  if (!options.enclosed) return [];
  if (!listInVolumes(options.split, options.privacy)) return [{ path: 'signatures.pdf', first: 1, count: listed.listed }];
  const groups = volumeGroups(listed, { split: options.split, title: '', language: options.language });
  let first = 1;
  return groups.map((group, index) => {
    const part = { path: volumeFileName(index, groups.length), first, count: group.count };
    first += group.count;
    return part;
  });
}
