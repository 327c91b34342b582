// The file of one volume of a split signature list.

/**
 * `signatures-vol-07.pdf`: numbers padded to the width of the largest (at least two digits), so the files of a set
 * sort in volume order by name (vol-001 … vol-100, not vol-100 before vol-11).
 */
export function volumeFileName(index: number, volumes: number): string {
  const width = Math.max(2, String(volumes).length);
  return `signatures-vol-${String(index + 1).padStart(width, '0')}.pdf`;
}

/** Whether a packet's file is one volume of a split list, as volumeFileName names them. */
export function isVolumeFileName(path: string): boolean {
  return /^signatures-vol-\d+\.pdf$/u.test(path);
}
