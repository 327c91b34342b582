import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'out/', 'bin/', 'bench-data/', '.probe/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Side effects enter through the dependency object (src/deps.ts); only src/cli and it touch process.
      'no-restricted-globals': ['error', { name: 'process', message: 'Use the Deps object (src/deps.ts).' }],
      'no-console': 'error',
    },
  },
  {
    // Scripts are plain Node programs (benchmarks, fixtures, fuzzing) run outside the build.
    files: ['scripts/**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', performance: 'readonly', Buffer: 'readonly', URL: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly',
      },
    },
  },
  {
    files: ['src/cli/**', 'src/deps.ts', 'test/**', 'scripts/**'],
    rules: { 'no-restricted-globals': 'off', 'no-console': 'off' },
  },
);
