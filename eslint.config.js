import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'out/', 'scripts/*.js', 'bin/'] },
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
    files: ['src/cli/**', 'src/deps.ts', 'test/**', 'scripts/**'],
    rules: { 'no-restricted-globals': 'off', 'no-console': 'off' },
  },
);
