// Which exports changed since the last `petition status`: compares digests now with the ones it saved then.
export interface FileDigestRecord {
  bytes: number;
  sha256: string;
}

export type FileChange = 'unchanged' | 'changed' | 'new' | 'removed' | 'unreadable';

export interface FileChangeLine {
  path: string;
  change: FileChange;
  bytes: number | null;
}

/** `now` holds null for a file that could not be read. `before` is null on the first run: every file is new. */
export function fileChanges(now: ReadonlyMap<string, FileDigestRecord | null>, before: Readonly<Record<string, FileDigestRecord>> | null): FileChangeLine[] {
  const lines: FileChangeLine[] = [];
  for (const [path, digest] of now) {
    const earlier = before?.[path];
    const change: FileChange = digest === null ? 'unreadable' : !earlier ? 'new' : earlier.sha256 === digest.sha256 ? 'unchanged' : 'changed';
    lines.push({ path, change, bytes: digest?.bytes ?? null });
  }
  for (const path of Object.keys(before ?? {})) {
    if (!now.has(path)) lines.push({ path, change: 'removed', bytes: null });
  }
  return lines;
}
