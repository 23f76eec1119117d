import { z } from 'zod';
import { BATCH_LIST_STATUSES, OWNER_TYPES, SCENARIO_TIERS } from '@scq/registry-domain';

/*
 * What the batch-list routes answer, as the API document (and the console's generated client) shows it: the JSON
 * the presenter, the queries and the diff write, dates as ISO strings. Response schemas only: no transforms, no defaults.
 */

const id = () => z.guid();
const timestamp = () => z.iso.datetime({ offset: true });
const count = () => z.number().int().nonnegative();

/** Whether the items' snapshots were captured on publication or are a draft's preview of what publishing would capture. */
const snapshotsKind = z.enum(['captured', 'preview']);

export const BatchListSnapshotSchema = z
  .object({
    title: z.object({ zh: z.string(), en: z.string().nullable() }),
    taxonomyVersion: z.string(),
    aspectCode: z.string(),
    domainCode: z.string(),
    domainName: z.object({ zh: z.string(), en: z.string() }).nullable().describe("The domain's name in the scenario's taxonomy version; null if the version does not know the code"),
    ownerUnit: z.string(),
    ownerType: z.enum(OWNER_TYPES),
    tier: z.enum(SCENARIO_TIERS),
    district: z.string().nullable(),
    stage: z.string().nullable().describe('The lifecycle stage as the registry had it; null before the workflow reported one'),
  })
  .meta({ id: 'BatchListSnapshot', description: 'The scenario as it was when the list was published (or, in a draft, as it is now)' });

export const BatchListItemSchema = z
  .object({
    position: z.number().int().positive().describe('序号 in the list (1-based)'),
    scenarioId: id(),
    note: z.string().nullable(),
    category: z.string().nullable().describe('A free classification within the list, e.g. 综合性重大场景 or 场景机会'),
    snapshot: BatchListSnapshotSchema.nullable().describe('Captured on publication; a preview in a draft; null when a draft’s scenario no longer exists'),
  })
  .meta({ id: 'BatchListItem' });

/** The header fields every list answer carries (a list, a summary in a page). */
const headerShape = {
  id: id(),
  number: z.string().describe('批次编号, e.g. 渝场景〔2026〕1号'),
  title: z.object({ zh: z.string(), en: z.string().nullable() }),
  issuingUnit: z.string(),
  issueDate: z.iso.date(),
  year: z.number().int(),
  revision: z.number().int().positive().describe('1 for the original; a correction is revision 2, 3, … with the same number'),
  revisionOf: id().nullable().describe('The published revision this one corrects; null for revision 1'),
  revisionReason: z.string().nullable(),
  status: z.enum(BATCH_LIST_STATUSES),
  version: z.number().int().positive(),
  createdBy: z.string(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  publishedBy: z.string().nullable(),
  publishedAt: timestamp().nullable(),
  supersededBy: id().nullable().describe('The revision that replaced this one'),
  supersededAt: timestamp().nullable(),
};

export const BatchListSchema = z
  .object({ ...headerShape, snapshots: snapshotsKind, itemCount: count(), items: z.array(BatchListItemSchema) })
  .meta({ id: 'BatchList', description: 'A batch list with its items in list order' });

export const BatchListSummarySchema = z.object({ ...headerShape, itemCount: count() }).meta({ id: 'BatchListSummary', description: 'A batch list without its items' });

export const BatchListPageSchema = z
  .object({ items: z.array(BatchListSummarySchema), nextCursor: z.string().nullable().describe('Pass back as `after` for the next page; null on the last') })
  .meta({ id: 'BatchListPage' });

const listReference = z.object({ id: id(), number: z.string(), revision: z.number().int().positive(), status: z.enum(BATCH_LIST_STATUSES) });

export const BatchListFieldChangeSchema = z
  .object({
    field: z.string().describe('Dotted path, e.g. `title.zh`, `snapshot.ownerUnit`, `note`'),
    before: z.union([z.string(), z.number(), z.boolean(), z.null()]),
    after: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  })
  .meta({ id: 'BatchListFieldChange' });

export const BatchListDiffSchema = z
  .object({
    base: listReference,
    target: listReference,
    header: z.array(BatchListFieldChangeSchema).describe('Changes to the number, title, issuing unit, issue date or year'),
    added: z.array(BatchListItemSchema),
    removed: z.array(BatchListItemSchema),
    changed: z.array(
      z.object({
        scenarioId: id(),
        position: z.object({ before: z.number().int().positive(), after: z.number().int().positive() }),
        changes: z.array(BatchListFieldChangeSchema),
      }),
    ),
    summary: z.object({ added: count(), removed: count(), changed: count(), unchanged: count() }),
    snapshots: z.object({ base: snapshotsKind, target: snapshotsKind }),
  })
  .meta({ id: 'BatchListDiff', description: 'What changed from the base list to the target list' });
