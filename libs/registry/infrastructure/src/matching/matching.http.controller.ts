import { Body, Controller, Get, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, parseRequest, UuidPipe } from '@scq/platform-http';
import { SupplierMatchingHandler } from '@scq/registry-application';
import { creditStatusChangeSchema, supplierProfileInputSchema } from '@scq/registry-domain';
import { conflict, invalid, notFound, refused } from '../registry.api-responses';
import { OpportunityMatchesSchema, SupplierListSchema, SupplierMatchesSchema, SupplierSchema } from './matching.http.responses';

const SCORE = '得分 0–100：能力匹配 60（每项所需能力由供应商最相符的能力、标签或产品覆盖的词比例）、标题与描述 10、同领域 15、服务区县 5、业绩 ≤8、首台(套) 4；见 docs/architecture.md。Score 0–100: capabilities 60, title and description 10, same domain 15, district 5, track record up to 8, 首台(套) 4 (docs/architecture.md, “Supply–demand matching”).';

/** 供需对接: supplier profiles, their credit status, and ranked matches with reasons both ways. */
@ApiTags('matching')
@Controller('api/suppliers')
export class SupplierHttpController {
  constructor(private readonly matching: SupplierMatchingHandler) {}

  @Get()
  @Access({ officer: 'everything', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({ summary: '供应商名录 The supplier directory (officers, the coordinator, administrators)', responses: { '200': { description: 'By organisation name', schema: SupplierListSchema }, ...refused } })
  async list(@CurrentActor() actor: Actor) {
    return { items: await this.matching.list(actor) };
  }

  @Get('mine')
  @Access({ applicant: 'own' })
  @ApiRoute({ summary: '本单位供应商档案 My organisation’s supplier profile (applicant)', responses: { '200': { description: 'The profile', schema: SupplierSchema }, ...refused, '404': notFound, '409': conflict } })
  mine(@CurrentActor() actor: Actor) {
    return this.matching.mine(actor);
  }

  @Put('mine')
  @Access({ applicant: 'own' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '填写本单位供应商档案 Write my organisation’s supplier profile (applicant)',
    description: 'The whole profile: capabilities, tags, products, domain codes, districts served (全市 for every one), 首台(套) recognitions. The credit status is not part of it.',
    body: supplierProfileInputSchema,
    responses: { '200': { description: 'The profile', schema: SupplierSchema }, '400': invalid, ...refused, '409': conflict },
  })
  saveMine(@CurrentActor() actor: Actor, @Body() body: unknown) {
    return this.matching.saveMine(actor, parseRequest(supplierProfileInputSchema, body));
  }

  @Get(':id')
  @Access({ applicant: 'own', officer: 'everything', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({ summary: '供应商档案 A supplier profile', responses: { '200': { description: 'The profile', schema: SupplierSchema }, ...refused, '404': notFound } })
  get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string) {
    return this.matching.get(actor, id);
  }

  @Put(':id/credit')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '设置信用状态 Set a supplier’s credit status (coordinator, administrator)',
    description: '`restricted` (失信) needs a reason and a date; the supplier’s applicants then may not apply to take a scenario (403 `CREDIT_RESTRICTED` from the workflow, told by `registry.supplier.credit-changed`). `normal` lifts it.',
    body: creditStatusChangeSchema,
    responses: { '200': { description: 'The profile', schema: SupplierSchema }, '400': invalid, ...refused, '404': notFound },
  })
  setCredit(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: unknown) {
    return this.matching.setCredit(actor, id, parseRequest(creditStatusChangeSchema, body));
  }

  @Get(':id/opportunities')
  @Access({ applicant: 'own', officer: 'everything', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({
    summary: '为供应商匹配场景机会 Open opportunities for a supplier, best first, with reasons',
    description: `${SCORE} A 失信-restricted supplier gets none.`,
    responses: { '200': { description: 'At most 50, best first', schema: OpportunityMatchesSchema }, ...refused, '404': notFound },
  })
  async opportunities(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string) {
    const { supplier, items } = await this.matching.opportunitiesFor(actor, id);
    return { supplier: { id: supplier.id, organisation: supplier.organisation, creditStatus: supplier.credit.status }, items };
  }
}

@ApiTags('matching')
@Controller('api/opportunities')
export class OpportunitySuppliersHttpController {
  constructor(private readonly matching: SupplierMatchingHandler) {}

  @Get(':id/suppliers')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({
    summary: '为场景机会匹配供应商 Suppliers for a published opportunity, best first, with reasons (owner unit’s officers, coordinator)',
    description: `${SCORE} 失信-restricted suppliers are left out. \`consortia\` ranks the workflow's 场景创新联合体 apart, each scored the same way on the union of its members' profiles, its reasons naming the members; a consortium with a 失信-restricted member is left out. A draft or closed opportunity is 409 \`OPPORTUNITY_NOT_PUBLISHED\`.`,
    responses: { '200': { description: 'At most 50, best first', schema: SupplierMatchesSchema }, ...refused, '404': notFound, '409': conflict },
  })
  async suppliers(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string) {
    const { opportunity: o, items, consortia } = await this.matching.suppliersFor(actor, id);
    return { opportunity: { id: o.id, title: o.title, domainCode: o.domainCode, district: o.district }, items, consortia };
  }
}

