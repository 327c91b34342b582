import { describe, expect, it } from '@jest/globals';
import { stdoutClosedAtStart, type DescriptorView } from '../../src/cli/closed-stdout.js';

const O_WRONLY = 0o1;
const O_RDWR = 0o2;
const O_CLOEXEC = 0o2000000;

const view = (fds: Readonly<Record<number, readonly [string, number]>>): DescriptorView => ({ target: (fd) => fds[fd][0], flags: (fd) => fds[fd][1] });

describe('stdoutClosedAtStart', () => {
  it.each([
    ['closed (>&-): Node opened /dev/null for reading and writing', { 1: ['/dev/null', O_RDWR | O_CLOEXEC], 2: ['/dev/pts/0', O_RDWR] }, true],
    ['discarded by the shell (> /dev/null): opened for writing only', { 1: ['/dev/null', O_WRONLY | O_CLOEXEC], 2: ['/dev/pts/0', O_RDWR] }, false],
    ['a daemon: standard output and standard error both on /dev/null', { 1: ['/dev/null', O_RDWR], 2: ['/dev/null', O_RDWR] }, false],
    ['a file', { 1: ['/tmp/out.json', O_WRONLY], 2: ['/dev/pts/0', O_RDWR] }, false],
  ] as const)('%s', (_label, fds, closed) => {
    expect(stdoutClosedAtStart(view(fds))).toBe(closed);
  });

  it('is false where the descriptors cannot be looked at', () => {
    expect(stdoutClosedAtStart({ target: () => { throw new Error('ENOENT'); }, flags: () => 0 })).toBe(false);
  });
});
