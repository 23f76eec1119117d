import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { Access, apiError, ApiRoute, ApiTags, CurrentActor, ZodBody, ZodQuery } from '@scq/platform-http';
import type { z } from 'zod';
import { DirectoryAdministration } from './directory-administration';
import { DirectoryRepository } from './directory.repository';
import { CreateOrganisationRequestSchema, OrganisationListSchema, OrganisationSchema, OrganisationsQuerySchema, UpdateOrganisationRequestSchema } from './directory.schemas';
import { requireRole } from './require-role';

/** Who keeps organisations: administrators, and the coordinator, who adds evaluators' organisations to the pool. */
const KEEPERS = ['admin', 'coordinator'] as const;
const NOT_KEEPER = apiError('Neither admin nor coordinator');

/** Organisations of applicants and evaluators: names, aliases and 统一社会信用代码, one record for every spelling. */
@ApiTags('admin')
@Controller('api/admin/organisations')
export class OrganisationsHttpController {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly administration: DirectoryAdministration,
  ) {}

  @Get()
  @Access({ admin: 'everything', coordinator: 'everything' })
  @ApiRoute({ summary: '机构列表 Organisations by name (admin, coordinator)', responses: { '200': { description: 'Up to 500 organisations', schema: OrganisationListSchema }, '400': apiError('Bad filter'), '403': NOT_KEEPER } })
  async list(@CurrentActor() actor: Actor, @ZodQuery(OrganisationsQuerySchema) filter: z.infer<typeof OrganisationsQuerySchema>): Promise<z.infer<typeof OrganisationListSchema>> {
    requireRole(actor, KEEPERS);
    return { items: await this.directory.organisations(filter) };
  }

  @Post()
  @Access({ admin: 'everything', coordinator: 'everything' })
  @ApiRoute({
    summary: '新建机构 Create an organisation (admin, coordinator)',
    responses: { '201': { description: 'Created', schema: OrganisationSchema }, '400': apiError('Invalid fields (统一社会信用代码 check character)'), '403': NOT_KEEPER, '409': apiError('A name, alias or code another organisation uses') },
  })
  async create(@CurrentActor() actor: Actor, @ZodBody(CreateOrganisationRequestSchema) body: z.infer<typeof CreateOrganisationRequestSchema>): Promise<z.infer<typeof OrganisationSchema>> {
    requireRole(actor, KEEPERS);
    return this.administration.createOrganisation(body);
  }

  @Patch(':id')
  @Access({ admin: 'everything', coordinator: 'everything' })
  @ApiRoute({
    summary: '修改机构 Change an organisation (admin, coordinator)',
    responses: { '200': { description: 'As now stored', schema: OrganisationSchema }, '400': apiError('Invalid fields'), '403': NOT_KEEPER, '404': apiError('No such organisation'), '409': apiError('A name, alias or code another organisation uses') },
  })
  async update(@CurrentActor() actor: Actor, @Param('id') id: string, @ZodBody(UpdateOrganisationRequestSchema) body: z.infer<typeof UpdateOrganisationRequestSchema>): Promise<z.infer<typeof OrganisationSchema>> {
    requireRole(actor, KEEPERS);
    return this.administration.updateOrganisation(id, body);
  }
}
