import { z } from 'zod';
import { OWNER_TYPES, SCENARIO_TIERS } from '@scq/registry-domain';
import { ScenarioTitleSchema } from '../scenario.http.responses';
import { TaxonomyVersionIdSchema } from '../taxonomy.http.responses';

/** What `GET /api/search/scenarios` answers (`ScenarioSearchResult` of `@scq/registry-application`). */

export const SearchHitSchema = z
  .object({
    id: z.uuid(),
    title: ScenarioTitleSchema,
    excerpt: z.string().nullable().describe('The first characters of the description (zh, else en)'),
    domainCode: z.string(),
    aspectCode: z.string(),
    ownerUnit: z.string(),
    ownerType: z.enum(OWNER_TYPES),
    district: z.string().nullable(),
    tier: z.enum(SCENARIO_TIERS),
    joint: z.boolean().describe('成渝联合场景 A Chengdu–Chongqing joint scenario (a co-owner unit of another region)'),
    stage: z.string().nullable(),
    taxonomyVersion: TaxonomyVersionIdSchema,
    tags: z.array(z.string()),
    registeredAt: z.iso.datetime({ offset: true }),
    matched: z.enum(['title', 'text']).nullable().describe('Where the text matched: the title, or elsewhere; null when listing by filters only'),
    score: z.number().describe('1 for a title match, 0.5 for a match elsewhere, 0 when listing by filters only'),
  })
  .meta({ id: 'SearchHit', description: '检索结果 A scenario found' });

export const SearchTermSchema = z
  .object({ kind: z.enum(['phrase', 'han-prefix', 'prefix']), text: z.string(), lexemes: z.array(z.string()) })
  .meta({ id: 'SearchTerm', description: '检索词 How a word of the query was understood' });

export const SearchHitsSchema = z
  .object({
    items: z.array(SearchHitSchema),
    nextCursor: z.string().nullable().describe('Pass back as `after` (with the same query) for the next page; null on the last page'),
    terms: z.array(SearchTermSchema),
  })
  .meta({ id: 'SearchHits', description: '检索结果 A page of scenarios found, title matches first, and how the query was understood' });

/** `GET /api/search/scenarios/stage-counts`. */
export const StageCountsSchema = z
  .object({
    total: z.number().int(),
    byStage: z.array(z.object({ stage: z.string().nullable().describe('null: the workflow has not started it yet'), count: z.number().int() })),
  })
  .meta({ id: 'ScenarioStageCounts', description: '阶段计数 How many scenarios of a search are in each stage' });
