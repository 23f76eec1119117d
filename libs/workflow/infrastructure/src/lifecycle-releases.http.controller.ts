import { Controller, Get, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { Access, apiError, ApiRoute, ApiTags, CurrentActor, RequestError, setAuditSummary, UuidPipe, ZodBody } from '@scq/platform-http';
import { MachineReleases } from '@scq/platform-lifecycle';
import { WORKFLOW_MACHINES } from './workflow.http.schemas';

const stagePath = z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/, '阶段路径 a stage path such as operating.piloting.sandbox').max(200);

export const releaseBody = z
  .object({
    machine: z.enum(WORKFLOW_MACHINES).describe('The machine to release'),
    toVersion: z.number().int().min(1).describe('The version the running instances move to'),
    fromVersion: z.number().int().min(1).optional().describe('Only instances on this version (default: every older version)'),
    stageMap: z.record(stagePath, stagePath).optional().describe('Old stage → new stage, for stages the new version renamed or removed'),
  })
  .strict();

const timestamp = z.iso.datetime({ offset: true });
const version = z.number().int();
const problem = z.object({ code: z.enum(['STAGE_NOT_IN_TARGET', 'MAPPING_FAILED']), message: z.string() }).nullable();
const step = {
  instanceId: z.uuid(),
  subjectId: z.string(),
  from: z.object({ version, stage: z.string() }),
  to: z.object({ version, stage: z.string() }).nullable().describe('Null: the instance cannot move (see `problem`)'),
  problem,
};

export const LifecycleReleaseMachinesSchema = z
  .array(
    z.object({
      id: z.enum(WORKFLOW_MACHINES),
      currentVersion: version,
      versions: z.array(z.object({ version, current: z.boolean(), running: z.number().int().describe('Instances on this version not finished'), finished: z.number().int().describe('Instances that ended on it') })),
    }),
  )
  .meta({ id: 'LifecycleReleaseMachines', description: 'Machines, their versions and how many instances run on each' });

export const LifecycleReleasePlanSchema = z
  .object({
    machineId: z.string(),
    toVersion: version,
    fromVersions: z.array(version),
    stageMap: z.record(z.string(), z.string()),
    steps: z.array(z.object(step)),
    counts: z.object({ move: z.number().int(), blocked: z.number().int() }),
  })
  .meta({ id: 'LifecycleReleasePlan', description: 'The dry run: each running instance, where it would move or why it cannot' });

const record = {
  id: z.uuid(),
  machineId: z.string(),
  toVersion: version,
  fromVersions: z.array(version),
  stageMap: z.record(z.string(), z.string()),
  actor: z.object({ id: z.string(), roles: z.array(z.string()) }),
  startedAt: timestamp,
  finishedAt: timestamp.nullable(),
  counts: z.object({ moved: z.number().int(), skipped: z.number().int(), failed: z.number().int() }),
};

export const LifecycleReleaseSchema = z
  .object({ ...record, steps: z.array(z.object({ ...step, outcome: z.enum(['moved', 'skipped', 'failed']), stageChanged: z.boolean() })) })
  .meta({ id: 'LifecycleRelease', description: 'An applied release: who, when, and each instance’s outcome' });

export const LifecycleReleaseListSchema = z.array(z.object(record)).meta({ id: 'LifecycleReleaseList', description: 'The releases applied, newest first' });

const invalid = apiError('请求无效 Invalid request (fields, or a stage map naming a stage the target version lacks)');
const refused = { '401': apiError('未登录 No caller'), '403': apiError('仅限管理员 Administrators only') };
const notFound = apiError('不存在 No such machine, version or release');
const unprocessable = apiError('无法发布 The release is not possible as asked (e.g. a stage map onto a stage the target lacks)');

/**
 * Lifecycle releases (administrators): the machines and the versions this deployment carries with the instances on
 * each, a dry run of moving the running instances to a version, applying it (each instance its own transaction, with a
 * `migration` history row; stage events only when the stage changes), and the record of every release applied.
 */
@ApiTags('lifecycle-releases')
@Controller('api/workflow/releases')
export class LifecycleReleasesHttpController {
  constructor(private readonly releases: MachineReleases) {}

  @Get('machines')
  @Access({ admin: 'everything' })
  @ApiRoute({ summary: '状态机版本 Machines, versions and the instances running on each', responses: { '200': { description: 'Machines and versions', schema: LifecycleReleaseMachinesSchema }, ...refused } })
  machines() {
    return this.releases.machines();
  }

  @Post('plan')
  @Access({ admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '试运行 Dry run: where each running instance would move, which cannot and why (changes nothing)',
    body: releaseBody,
    responses: { '200': { description: 'The plan', schema: LifecycleReleasePlanSchema }, '400': invalid, ...refused, '404': notFound, '422': unprocessable },
  })
  plan(@ZodBody(releaseBody) body: z.infer<typeof releaseBody>) {
    return this.releases.plan(request(body));
  }

  @Post()
  @Access({ admin: 'everything' })
  @ApiRoute({
    summary: '发布 Apply a release: move every instance that can move, record each outcome',
    description: 'Each instance moves in its own transaction with a `migration` row in its history; one that cannot move is skipped and stays on its version. Applying the same release again moves nothing more.',
    body: releaseBody,
    responses: { '201': { description: 'The release record', schema: LifecycleReleaseSchema }, '400': invalid, ...refused, '404': notFound, '422': unprocessable },
  })
  async apply(@ZodBody(releaseBody) body: z.infer<typeof releaseBody>, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response) {
    const applied = await this.releases.apply(request(body), actor);
    setAuditSummary(response, { machine: applied.machineId, toVersion: applied.toVersion, moved: applied.counts.moved, skipped: applied.counts.skipped, failed: applied.counts.failed });
    return applied;
  }

  @Get()
  @Access({ admin: 'everything' })
  @ApiRoute({ summary: '发布记录 The releases applied, newest first', responses: { '200': { description: 'Releases', schema: LifecycleReleaseListSchema }, ...refused } })
  list() {
    return this.releases.list();
  }

  @Get(':id')
  @Access({ admin: 'everything' })
  @ApiRoute({ summary: '发布详情 One release with each instance’s outcome', responses: { '200': { description: 'The release', schema: LifecycleReleaseSchema }, '400': invalid, ...refused, '404': notFound } })
  async get(@Param('id', UuidPipe) id: string) {
    const found = await this.releases.release(id);
    if (!found) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `没有此发布记录 No release ${id}`);
    return found;
  }
}

function request(body: z.infer<typeof releaseBody>) {
  return { machineId: body.machine, toVersion: body.toVersion, fromVersion: body.fromVersion, stageMap: body.stageMap };
}
