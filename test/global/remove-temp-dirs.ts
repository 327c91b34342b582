// After each test file: the temporary folders its tests made with tempDir() are removed (see test/helpers/fixtures.ts).
import { afterAll } from '@jest/globals';
import { removeTestTempDirs } from '../helpers/fixtures.js';

afterAll(() => removeTestTempDirs());
