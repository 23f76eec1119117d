import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { Access, apiError, ApiRoute, ApiTags, CurrentActor, OVERSEERS, UuidPipe, ZodBody, ZodQuery } from '@scq/platform-http';
import { encodeTimeIdCursor, pageOf } from '@scq/platform-persistence';
import { Consortia, consortiumCreateSchema, consortiumMemberSchema, consortiumMembersSchema, managesConsortium, type StoredConsortium } from '@scq/workflow-application';
import { consortiumListQuery, ConsortiumPageSchema, ConsortiumSchema } from './consortia.http.responses';
import { notFound, refused } from './workflow.api-responses';

const READERS = { ...OVERSEERS, applicant: 'own' } as const;
const rules = apiError('请求无效 Invalid: field errors, or a membership rule (TOO_FEW_MEMBERS, LEAD_NOT_ONCE, LEAD_NOT_CALLER, LEAD_CHANGED, DUPLICATE_MEMBER)');
const inUse = apiError('成员不可变更 A live application is made with the present members (CONSORTIUM_IN_USE), or `expectedVersion` is stale');
const consortium = { description: 'The consortium', schema: ConsortiumSchema };
const changeBody = consortiumMembersSchema.extend({ expectedVersion: z.number().int().positive().optional() });

/**
 * 场景创新联合体 (the workflow's: applications are made by a consortium). An applicant account creates one, its
 * organisation the lead; the lead's applicant accounts manage the members; members' applicant accounts and
 * everything-readers read them.
 */
@ApiTags('workflow')
@Controller('api/workflow/consortia')
export class ConsortiaHttpController {
  constructor(private readonly consortia: Consortia) {}

  @Get()
  @Access(READERS)
  @ApiRoute({ summary: '创新联合体 Consortia the caller reads, by name or member organisation', responses: { '200': { description: 'A page of consortia', schema: ConsortiumPageSchema }, '400': rules, ...refused } })
  async list(@ZodQuery(consortiumListQuery) q: z.infer<typeof consortiumListQuery>, @CurrentActor() actor: Actor): Promise<z.output<typeof ConsortiumPageSchema>> {
    const rows = await this.consortia.list(actor, { q: q.q, limit: q.limit + 1, after: q.after ? { createdAt: new Date(q.after.at), id: q.after.id } : undefined });
    const page = pageOf(rows, q.limit, (last) => encodeTimeIdCursor(last.createdAt, last.id));
    return { items: page.items.map((item) => view(item, actor)), nextCursor: page.nextCursor };
  }

  @Post()
  @Access({ applicant: 'own' })
  @ApiRoute({
    summary: '组建联合体 Create a consortium (an applicant; their organisation is the lead)',
    description: 'At least 2 organisations, each once; exactly one `lead`, which is the caller’s organisation (400 with the rule’s code). An account without an organisation: 403 `NO_ORGANISATION`.',
    responses: { '201': consortium, '400': rules, ...refused },
  })
  async create(@ZodBody(consortiumCreateSchema) body: z.infer<typeof consortiumCreateSchema>, @CurrentActor() actor: Actor): Promise<z.output<typeof ConsortiumSchema>> {
    return view(await this.consortia.create(actor, body), actor);
  }

  @Get(':id')
  @Access(READERS)
  @ApiRoute({ summary: '联合体详情 One consortium with its members', responses: { '200': consortium, '400': rules, ...refused, '404': notFound } })
  async get(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<z.output<typeof ConsortiumSchema>> {
    return view(await this.consortia.get(actor, id), actor);
  }

  @Put(':id/members')
  @Access({ applicant: 'own' })
  @ApiRoute({
    summary: '调整成员 Replace the members (an applicant of the lead organisation)',
    description: 'The same rules as at creation; the lead stays the lead (400 `LEAD_CHANGED`). Others: 403 `NOT_LEAD`. While an application in the consortium’s name is live: 409 `CONSORTIUM_IN_USE`.',
    responses: { '200': consortium, '400': rules, ...refused, '404': notFound, '409': inUse },
  })
  async replace(@Param('id', UuidPipe) id: string, @ZodBody(changeBody) body: z.infer<typeof changeBody>, @CurrentActor() actor: Actor): Promise<z.output<typeof ConsortiumSchema>> {
    return view(await this.consortia.replaceMembers(actor, id, body.members, body.expectedVersion), actor);
  }

  @Post(':id/members')
  @Access({ applicant: 'own' })
  @ApiRoute({ summary: '增加成员 Add a member organisation (an applicant of the lead organisation)', responses: { '201': consortium, '400': rules, ...refused, '404': notFound, '409': inUse } })
  async add(@Param('id', UuidPipe) id: string, @ZodBody(consortiumMemberSchema) body: z.infer<typeof consortiumMemberSchema>, @CurrentActor() actor: Actor): Promise<z.output<typeof ConsortiumSchema>> {
    return view(await this.consortia.addMember(actor, id, body), actor);
  }

  @Delete(':id/members/:memberId')
  @Access({ applicant: 'own' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '移除成员 Remove a member organisation (an applicant of the lead organisation; never below 2, never the lead)', responses: { '200': consortium, '400': rules, ...refused, '404': notFound, '409': inUse } })
  async remove(@Param('id', UuidPipe) id: string, @Param('memberId', UuidPipe) memberId: string, @CurrentActor() actor: Actor): Promise<z.output<typeof ConsortiumSchema>> {
    return view(await this.consortia.removeMember(actor, id, memberId), actor);
  }
}

function view(consortium: StoredConsortium, actor: Actor): z.output<typeof ConsortiumSchema> {
  return { ...consortium, createdAt: consortium.createdAt.toISOString(), updatedAt: consortium.updatedAt.toISOString(), manageable: managesConsortium(actor, consortium) };
}
