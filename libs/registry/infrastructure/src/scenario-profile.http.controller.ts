import { Controller, Get, HttpCode, HttpStatus, Inject, Param, Patch, Post } from '@nestjs/common';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { readsByPanel, type Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, OVERSEERS, RequestError, UuidPipe, ZodBody } from '@scq/platform-http';
import { assertReadsScenario, EditScenarioProfileHandler, RegisterScenarioHandler, SCENARIO_REPOSITORY, type ScenarioRepository } from '@scq/registry-application';
import { budgetReserve, isJointScenario, scenarioProfileEditSchema, scenarioRegistrationSchema, type Scenario, type ScenarioProfileEdit } from '@scq/registry-domain';
import { conflict, invalid, notFound, refused } from './registry.api-responses';
import { ScenarioNearDuplicatesSchema, ScenarioProfileEditedSchema, ScenarioProfileRevisionsSchema } from './scenario.http.responses';

/**
 * 场景档案: a draft checked for near-duplicates before it is registered, the profile edited while it is open (before the
 * recognition assessment) by whoever may register for its owner unit, and the history of its changes.
 */
@ApiTags('scenarios')
@Controller('api/scenarios')
export class ScenarioProfileHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(SCENARIO_REPOSITORY) private readonly scenarios: ScenarioRepository,
    private readonly register: RegisterScenarioHandler,
    private readonly edit: EditScenarioProfileHandler,
  ) {}

  @Post('near-duplicates')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '疑似重复检查 Near-duplicates of a draft registration, before it is stored (避免重复建设)',
    description: 'The same body and ownership rule as `POST /api/scenarios`; nothing is stored.',
    responses: { '200': { description: 'Scenarios that look like the draft', schema: ScenarioNearDuplicatesSchema }, '400': invalid, ...refused },
  })
  async nearDuplicates(@ZodBody(scenarioRegistrationSchema) input: z.infer<typeof scenarioRegistrationSchema>, @CurrentActor() actor: Actor) {
    return { nearDuplicates: await this.register.preview(actor, input) };
  }

  @Patch(':id')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({
    summary: '修改场景档案 Edit a scenario’s profile while it is open (before the recognition assessment)',
    description:
      'Title, description, tier, district, budget, sandbox need, tags and contacts (`null` clears an optional one); not the owner or the domain. Whoever may register for the owner unit may edit (403 otherwise); from the recognition assessment on the profile is frozen (409 `SCENARIO_PROFILE_LOCKED` naming the stage); `expectedRevision` guards against a concurrent edit (409 `VERSION_MISMATCH`). Each change is recorded (`GET /api/scenarios/{id}/revisions`).',
    responses: { '200': { description: 'The scenario after the edit, with what changed', schema: ScenarioProfileEditedSchema }, '400': invalid, ...refused, '404': notFound, '409': conflict },
  })
  async update(@Param('id', UuidPipe) id: string, @ZodBody(scenarioProfileEditSchema) input: ScenarioProfileEdit, @CurrentActor() actor: Actor) {
    const { scenario, changes } = await this.edit.execute(actor, id, input);
    return { ...present(scenario), changes };
  }

  @Get(':id/revisions')
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'public', evaluator: 'assigned' })
  @ApiRoute({ summary: '场景档案修改记录 The profile’s changes, newest first', responses: { '200': { description: 'Who changed what, when', schema: ScenarioProfileRevisionsSchema }, '400': invalid, ...refused, '404': notFound } })
  async revisions(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor) {
    const scenario = await this.scenarios.findById(this.db, id);
    if (!scenario) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `场景不存在 Scenario ${id} not found`);
    assertReadsScenario(actor, scenario, readsByPanel(actor) ? await this.scenarios.panelOf(this.db, id) : []);
    const items = await this.scenarios.profileRevisions(this.db, id);
    return { items: items.map(({ scenarioId: _scenarioId, ...revision }) => revision) };
  }
}

function present(scenario: Scenario) {
  return { ...scenario, budgetReserve: budgetReserve(scenario), joint: isJointScenario(scenario) };
}
