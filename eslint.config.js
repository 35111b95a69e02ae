// One lint gate for every runtime. The import walls below keep the dependency direction of STYLE.md:
// shared <- main/engine <- {main/cli, main/server, main/app}; shared <- renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noNodeOrApp = {
  patterns: [
    {
      group: ['node:*', 'electron', 'sharp', 'exifr', 'fs', 'path', 'os', 'worker_threads'],
      message: 'shared/ is runtime-free: receive the runtime as a parameter.',
    },
    { group: ['**/main/**', '**/renderer/**'], message: 'shared/ must not import from main/ or renderer/.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', 'scratch', 'assets'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', noNodeOrApp] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'sharp', 'exifr', 'fs', 'path', 'os'],
              message: 'The renderer talks to main only through renderer/lib/api.ts.',
            },
            { group: ['**/main/**'], message: 'The renderer must not import from main/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/engine/**/*.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/app may use Electron.' }] },
      ],
    },
  },
  { files: ['bin/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
