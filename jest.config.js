import { createDefaultEsmPreset } from 'ts-jest';

/** @type {import('jest').Config} */
export default {
  ...createDefaultEsmPreset({ tsconfig: 'tsconfig.json' }),
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 60000,
  // Tests leave nothing in the temporary folder: the teardown fails the run naming what was left.
  globalSetup: '<rootDir>/test/global/temp-setup.mjs',
  globalTeardown: '<rootDir>/test/global/temp-teardown.mjs',
  setupFilesAfterEnv: ['<rootDir>/test/global/remove-temp-dirs.ts'],
};
