import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { Access, apiError, ApiRoute, ApiTags, ZodBody, ZodQuery } from '@scq/platform-http';
import type { z } from 'zod';
import { DirectoryAdministration } from './directory-administration';
import { DirectoryRepository } from './directory.repository';
import { CreateOrganisationRequestSchema, OrganisationListSchema, OrganisationSchema, OrganisationsQuerySchema, UpdateOrganisationRequestSchema } from './directory.schemas';

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
  async list(@ZodQuery(OrganisationsQuerySchema) filter: z.infer<typeof OrganisationsQuerySchema>): Promise<z.infer<typeof OrganisationListSchema>> {
    return { items: await this.directory.organisations(filter) };
  }

  @Post()
  @Access({ admin: 'everything', coordinator: 'everything' })
  @ApiRoute({
    summary: '新建机构 Create an organisation (admin, coordinator)',
    responses: { '201': { description: 'Created', schema: OrganisationSchema }, '400': apiError('Invalid fields (统一社会信用代码 check character)'), '403': NOT_KEEPER, '409': apiError('A name, alias or code another organisation uses') },
  })
  async create(@ZodBody(CreateOrganisationRequestSchema) body: z.infer<typeof CreateOrganisationRequestSchema>): Promise<z.infer<typeof OrganisationSchema>> {
    return this.administration.createOrganisation(body);
  }

  @Patch(':id')
  @Access({ admin: 'everything', coordinator: 'everything' })
  @ApiRoute({
    summary: '修改机构 Change an organisation (admin, coordinator)',
    responses: { '200': { description: 'As now stored', schema: OrganisationSchema }, '400': apiError('Invalid fields'), '403': NOT_KEEPER, '404': apiError('No such organisation'), '409': apiError('A name, alias or code another organisation uses') },
  })
  async update(@Param('id') id: string, @ZodBody(UpdateOrganisationRequestSchema) body: z.infer<typeof UpdateOrganisationRequestSchema>): Promise<z.infer<typeof OrganisationSchema>> {
    return this.administration.updateOrganisation(id, body);
  }
}
