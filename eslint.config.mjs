import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.next/**', '.next-story/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.strict,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Pages and components see the pipeline through its public modules: the model, the store of built
    // stories, and the processor the page compiles with. Its stages stay free to change.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/content/*', '!@/lib/content/model', '!@/lib/content/store', '!@/lib/content/processor', '**/lib/content/*/**'],
              message: 'app/ and components/ use the pipeline through lib/content/model, store and processor only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shipped code: a function is read whole, so none is longer than 80 lines (blank lines and comments not counted).
    files: ['app/**', 'components/**', 'lib/**', 'scripts/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['**/*.mjs', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
