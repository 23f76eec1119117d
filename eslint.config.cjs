const nx = require('@nx/eslint-plugin');
const reactHooks = require('eslint-plugin-react-hooks');
const jsxA11y = require('eslint-plugin-jsx-a11y');

// Infrastructure packages a pure layer (domain, contracts) must never see.
const frameworkImports = ['@nestjs/*', 'typeorm', 'typeorm-pglite', 'kafkajs', 'bullmq', 'ioredis', 'pg', '@electric-sql/*', 'express'];

const serviceScopes = ['registry', 'workflow', 'evaluation', 'notification', 'gateway'];

function depConstraints({ allowTesting }) {
  const testing = allowTesting ? ['type:testing'] : [];
  return [
    // Layers (DESIGN §3): domain is pure; adapters live at the edge.
    { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: frameworkImports },
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', ...testing], bannedExternalImports: frameworkImports },
    { sourceTag: 'type:application', onlyDependOnLibsWithTags: ['type:application', 'type:domain', 'type:contracts', 'type:platform', ...testing] },
    { sourceTag: 'type:infrastructure', onlyDependOnLibsWithTags: ['type:infrastructure', 'type:application', 'type:domain', 'type:contracts', 'type:platform', ...testing] },
    { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', ...testing] },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:testing', 'type:platform', 'type:contracts'] },
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:infrastructure', 'type:application', 'type:domain', 'type:contracts', 'type:platform', ...testing] },
    // Services share only event contracts and the platform: never another service's libs.
    ...serviceScopes.map((scope) => ({ sourceTag: `scope:${scope}`, onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared', 'scope:platform'] })),
    { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
    { sourceTag: 'scope:standalone', onlyDependOnLibsWithTags: ['*'] },
    // The web console talks to the platform over HTTP only: no workspace libs, no server frameworks in the browser.
    { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:console'], bannedExternalImports: frameworkImports },
  ];
}

const testFiles = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.contract.ts', '**/testing/**/*.ts'];

module.exports = [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/node_modules', '**/dist', 'tmp', 'data', '.nx', 'coverage', 'artifacts', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints: depConstraints({ allowTesting: false }) }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: testFiles,
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints: depConstraints({ allowTesting: true }) }],
    },
  },
  // The web console: hooks used by the rules, and accessibility checked at lint time (issue 7).
  {
    files: ['apps/console/**/*.tsx', 'apps/console/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
];
