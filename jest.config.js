// One jest configuration for the whole monorepo, split into three projects:
//   unit         *.spec.ts       pure, fast, no services
//   integration  *.int-spec.ts   real PostgreSQL, Redis and the Kafka wire protocol (DESIGN §6)
//   e2e          *.e2e-spec.ts   services as separate processes
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const base = {
  rootDir: __dirname,
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  // Every answer a test receives is held to its API document (ResponseContractInterceptor); the gateway's
  // service-token key pair for the test file.
  setupFiles: ['<rootDir>/tools/jest/check-responses.js', '<rootDir>/tools/jest/service-token-keys.js', '<rootDir>/tools/jest/history-chain-key.js', '<rootDir>/tools/jest/pglite-template.js'],
};

// Integration and end-to-end tests take their time-out from one knob, SCQ_TEST_TIMEOUT_MS (default 120 s).
const slowTimeout = ['<rootDir>/tools/jest/slow-test-timeout.js'];

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    { ...base, displayName: 'integration', testMatch: ['**/*.int-spec.ts'], slowTestThreshold: 30, setupFilesAfterEnv: slowTimeout },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['**/*.e2e-spec.ts'],
      slowTestThreshold: 60,
      setupFilesAfterEnv: slowTimeout,
      // The console and the services built once per run (tools/jest/e2e-builds.setup.js).
      globalSetup: '<rootDir>/tools/jest/e2e-builds.setup.js',
      globalTeardown: '<rootDir>/tools/jest/e2e-builds.teardown.js',
    },
  ],
};
