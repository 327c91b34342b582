import { createDefaultEsmPreset } from 'ts-jest';

// Two projects: `unit` (pure functions and layouts, a few minutes) runs first; `e2e` holds what spawns the binary,
// draws whole documents, kills processes or runs property and corpus sweeps (most of the time and memory). `npm test`
// runs unit then e2e; .ci/run runs both and adds up their counts. A new slow test goes in one of the e2e folders, or
// beside the code it tests named `*.slow.test.ts` (one that draws a whole packet, kit or sheet, or runs the binary).
// The package scripts end `--selectProjects NAME` with another flag, so that a path given after them filters the
// test files instead of being read as one more project name.
const SLOW_FOLDERS = ['cli', 'crash', 'corpus', 'properties', 'privacy', 'e2e', 'batch', 'pipeline'];
const SLOW_FILES = ['\\.property\\.test\\.ts$', '\\.slow\\.test\\.ts$', '/packet-roundtrip\\.test\\.ts$'];

const common = {
  ...createDefaultEsmPreset({ tsconfig: 'tsconfig.json' }),
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFilesAfterEnv: ['<rootDir>/test/global/remove-temp-dirs.ts'],
};

/** @type {import('jest').Config} */
export default {
  testTimeout: 60000,
  // A worker holds every test file's module registry it has run (jest's ESM mode keeps them): one reached 6.7 GB by the
  // end of the e2e project. A worker past 1 GB is replaced between two test files.
  workerIdleMemoryLimit: '1GB',
  // Tests leave nothing in the temporary folder: the teardown fails the run naming what was left.
  globalSetup: '<rootDir>/test/global/temp-setup.mjs',
  globalTeardown: '<rootDir>/test/global/temp-teardown.mjs',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', `/test/(${SLOW_FOLDERS.join('|')})/`, ...SLOW_FILES],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: [
        `<rootDir>/test/{${SLOW_FOLDERS.join(',')}}/**/*.test.ts`,
        '<rootDir>/test/**/*.property.test.ts',
        '<rootDir>/test/**/*.slow.test.ts',
        '<rootDir>/test/**/packet-roundtrip.test.ts',
      ],
    },
  ],
};
