// Tells a process started with standard output closed (`petition count a.csv >&-`) from one whose output is discarded.
import { readFileSync, readlinkSync } from 'node:fs';

/** How the open descriptors of this process are seen (Linux's /proc); a fake in tests. */
export interface DescriptorView {
  /** The path a descriptor is open on (readlink /proc/self/fd/N). */
  target(fd: number): string;
  /** Its open flags, from /proc/self/fdinfo/N. */
  flags(fd: number): number;
}

const O_ACCMODE = 0o3;
const O_RDWR = 0o2;

export const procDescriptors: DescriptorView = {
  target: (fd) => readlinkSync(`/proc/self/fd/${fd}`),
  flags: (fd) => parseInt(/^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1] ?? '0', 8),
};

/**
 * Node opens /dev/null, for reading and writing, in place of a standard descriptor the process was started without,
 * so what `count` prints would be lost without a word. A shell's `> /dev/null` opens it for writing only. A daemon
 * gives all of 0, 1 and 2 a /dev/null for reading and writing: with standard error discarded too, output is taken as
 * discarded on purpose. False where /proc cannot tell (another system).
 */
export function stdoutClosedAtStart(view: DescriptorView = procDescriptors): boolean {
  try {
    const nodeNull = (fd: number) => view.target(fd) === '/dev/null' && (view.flags(fd) & O_ACCMODE) === O_RDWR;
    return nodeNull(1) && !nodeNull(2);
  } catch {
    return false;
  }
}
