import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, parseRequest, UuidPipe, ZodQuery } from '@scq/platform-http';
import { EmploymentRiskHandler } from '@scq/registry-application';
import { EMPLOYMENT_GROUPS, EMPLOYMENT_RISK_THRESHOLDS, EMPLOYMENT_RULE_NAMES, employmentReportInputSchema, HUMAN_RESOURCES_UNIT, periodSchema } from '@scq/registry-domain';
import { invalid, notFound, refused } from '../registry.api-responses';
import { EmploymentDashboardSchema, EmploymentReportListSchema, EmploymentReportSchema, EmploymentThresholdsSchema } from './employment-risk.http.responses';

const periodParams = z.object({ scenarioId: z.string(), period: periodSchema });
const dashboardQuery = z.object({ period: periodSchema.optional() }).strict();

/** 就业风险监测 of a scenario: its owner unit reports each period's figures; the owner, the coordinator and 市人力社保局 read them. */
@ApiTags('employment-risk')
@Controller('api/scenarios/:scenarioId/employment')
export class ScenarioEmploymentHttpController {
  constructor(private readonly employment: EmploymentRiskHandler) {}

  @Put(':period')
  @Access({ officer: 'own-unit' })
  @ApiRoute({
    summary: '填报就业指标 Report a period’s jobs created and displaced by group (officer of the owner unit)',
    description:
      '`period`: YYYY-MM or YYYY-Qn, begun already. Whole people only. A second report of the period corrects the first (its revision counts). Each threshold breached for the first time in the period is announced (`registry.scenario.employment-risk-breached`): the notification service alerts 市人力社保局 and the owner unit.',
    params: periodParams,
    body: employmentReportInputSchema,
    responses: { '200': { description: 'The report with the breaches found', schema: EmploymentReportSchema }, '400': invalid, ...refused, '404': notFound },
  })
  report(@CurrentActor() actor: Actor, @Param('scenarioId', UuidPipe) scenarioId: string, @Param('period') period: string, @Body() body: unknown) {
    const { period: checked } = parseRequest(periodParams, { scenarioId, period });
    return this.employment.report(actor, scenarioId, checked, parseRequest(employmentReportInputSchema, body));
  }

  @Get()
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({
    summary: '场景就业指标 A scenario’s employment reports, newest period first',
    description: '牵头单位、统筹协调单位、市人力社保局（按单位识别） The owner unit, the coordinator and 市人力社保局 (recognised by its unit); others 403 `OUT_OF_SCOPE`.',
    responses: { '200': { description: 'The reports', schema: EmploymentReportListSchema }, ...refused, '404': notFound },
  })
  async list(@CurrentActor() actor: Actor, @Param('scenarioId', UuidPipe) scenarioId: string) {
    return { items: await this.employment.list(actor, scenarioId) };
  }
}

@ApiTags('employment-risk')
@Controller('api/employment-risk')
export class EmploymentRiskHttpController {
  constructor(private readonly employment: EmploymentRiskHandler) {}

  @Get()
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({
    summary: '就业风险看板 Scenarios by employment risk, breaches first (市人力社保局, coordinator)',
    description: 'Each scenario’s report of `period`, or its latest. 市人力社保局 (an officer of that unit), the coordinator and admins; other officers 403 `OUT_OF_SCOPE`.',
    query: dashboardQuery,
    responses: { '200': { description: 'The dashboard', schema: EmploymentDashboardSchema }, '400': invalid, ...refused },
  })
  dashboard(@CurrentActor() actor: Actor, @ZodQuery(dashboardQuery) query: z.infer<typeof dashboardQuery>) {
    return this.employment.dashboard(actor, query.period ?? null);
  }

  @Get('thresholds')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '就业风险阈值 The groups, rules and thresholds (data)', responses: { '200': { description: 'The thresholds', schema: EmploymentThresholdsSchema } } })
  thresholds() {
    return {
      groups: EMPLOYMENT_GROUPS,
      rules: Object.entries(EMPLOYMENT_RULE_NAMES).map(([rule, name]) => ({ rule, name })),
      thresholds: EMPLOYMENT_RISK_THRESHOLDS,
      alertUnits: [HUMAN_RESOURCES_UNIT, '（场景牵头单位 the scenario’s owner unit）'],
    };
  }
}
