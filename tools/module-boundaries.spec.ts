import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(1));

/**
 * The layer and service rules of DESIGN §3 are lint errors, not conventions: each case lints a
 * deliberately bad (or good) import as if it were a file of the named project.
 */
describe('module boundaries (eslint @nx/enforce-module-boundaries)', () => {
  const root = join(__dirname, '..');
  let eslint: ESLint;

  beforeAll(() => {
    execSync('npx nx show projects', { cwd: root, stdio: 'ignore', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
    // The config is passed in rather than found, so ESLint needs no dynamic import (jest's VM has none without a flag).
    eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: require('../eslint.config.cjs') });
  });

  async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(`${source}\nexport const probe = 1;\n`, { filePath: join(root, filePath) });
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
  }

  it.each(['@nestjs/common', 'typeorm', 'kafkajs', 'bullmq', 'ioredis'])('forbids a domain lib to import %s', async (pkg) => {
    const errors = await boundaryErrors('libs/registry/domain/src/lint-probe.ts', `import * as framework from '${pkg}';\nvoid framework;`);
    expect(errors).toEqual([expect.stringContaining(`"type:domain" is not allowed to import "${pkg}"`)]);
  });

  it('forbids contracts to import infrastructure packages or platform libs', async () => {
    expect(await boundaryErrors('libs/contracts/src/lint-probe.ts', "import { Kafka } from 'kafkajs';\nvoid Kafka;")).toHaveLength(1);
    expect(await boundaryErrors('libs/contracts/src/lint-probe.ts', "import { openDatabase } from '@scq/platform-persistence';\nvoid openDatabase;")).toHaveLength(1);
  });

  it("forbids one service to import another service's libs", async () => {
    const fromRegistry = await boundaryErrors('libs/registry/application/src/lint-probe.ts', "import { SCENARIO_LIFECYCLE } from '@scq/workflow-domain';\nvoid SCENARIO_LIFECYCLE;");
    expect(fromRegistry).toEqual([expect.stringContaining('"scope:registry" can only depend on libs tagged with')]);
    const fromWorkflowApp = await boundaryErrors('apps/application-workflow/src/lint-probe.ts', "import { RegistryModule } from '@scq/registry-infrastructure';\nvoid RegistryModule;");
    expect(fromWorkflowApp).toHaveLength(1);
  });

  it('forbids a domain lib to reach up into its own application layer', async () => {
    const errors = await boundaryErrors('libs/workflow/domain/src/lint-probe.ts', "import { SendLifecycleEventHandler } from '@scq/workflow-application';\nvoid SendLifecycleEventHandler;");
    // Reported as the cycle it would create (application already depends on domain).
    expect(errors).toEqual([expect.stringMatching(/Circular dependency between "workflow-domain" and "workflow-application"|"type:domain" can only depend on/)]);
  });

  it('allows the imports the architecture intends', async () => {
    expect(await boundaryErrors('libs/registry/application/src/lint-probe.ts', "import { isRecognisedOrLater } from '@scq/registry-domain';\nimport { validateEvent } from '@scq/contracts';\nvoid isRecognisedOrLater;\nvoid validateEvent;")).toEqual([]);
    expect(await boundaryErrors('apps/standalone/src/lint-probe.ts', "import { RegistryModule } from '@scq/registry-infrastructure';\nimport { WorkflowModule } from '@scq/workflow-infrastructure';\nvoid RegistryModule;\nvoid WorkflowModule;")).toEqual([]);
  });
});
