// ESLint (flat config): the recommended JavaScript and TypeScript rules, and no import cycles.
// Type-aware rules are left out on purpose: they would make `npm run lint` slow, and `tsc --noEmit`
// (run first by `npm test`) already checks the types. Formatting is Prettier's (`npm run format`).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  // Everything here runs on Node (the few plain .mjs scripts are not type-checked, so they need these).
  { languageOptions: { globals: globals.node } },
  {
    files: ['**/*.ts', '**/*.js'],
    plugins: { 'import-x': importX },
    settings: {
      // Follow imports into .ts files (the imports name them `.js`, as NodeNext wants), parsed as TypeScript.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // A cycle means two modules each need the other loaded first: the layering is data → dataset →
      // search → answer/cards → commands → router → transports, and nothing points back up it.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // `_name` marks a value left out on purpose (`{ flags: _flags, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Control characters in patterns are the point where they appear: user text and terminal output
      // are stripped of them (src/cards/text.ts, src/console/).
      'no-control-regex': 'off',
      // Comments show the full-width forms normalisation folds (`ＳＵＮ　ＹＡＴ`).
      'no-irregular-whitespace': ['error', { skipComments: true }],
    },
  },
  {
    // Tests build broken and raw JSON on purpose, and the load harness declares its measurements up front.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'no-useless-assignment': 'off',
    },
  },
);
