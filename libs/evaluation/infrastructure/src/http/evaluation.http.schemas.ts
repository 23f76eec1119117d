import { keysetPageQuery, textIdCursorParam, timeIdPageQuery } from '@scq/platform-http';
import { z } from 'zod';

const PURPOSES = ['recognition', 'effectiveness', 'application-review'] as const;
const userId = z.string().trim().min(1).max(100).regex(/^[^\s/]+$/, '不能含空白或 / no whitespace or /');
const name = z.string().trim().min(1).max(200);
const domainCode = z.string().regex(/^[a-z0-9-]+$/, '领域代码 a domain code (kebab-case)');

/** `limit` (default 50, at most 200) and `after` (the `nextCursor` of the previous page) of a list in id order. */
export const idPageQuery = z.object(keysetPageQuery(textIdCursorParam));

/** `limit` (default 50, at most 200) and `after` (the `nextCursor` of the previous page) of a list in (time, UUID) order. */
export const timePageQuery = z.object(timeIdPageQuery);

export const organisationBody = z.object({ name, parentId: name.nullable().optional(), accounts: z.array(userId).max(200).optional() }).strict();

export const evaluatorBody = z
  .object({
    id: userId,
    name,
    organisation: name,
    expertise: z.array(domainCode).min(1, '至少一个专业领域 at least one domain').max(30),
    available: z.boolean().optional(),
    capacity: z.number().int().min(0).max(50).optional(),
  })
  .strict();

export const evaluatorPatch = evaluatorBody
  .omit({ id: true })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: '没有要修改的字段 nothing to change' });

export const evaluatorListQuery = z.object({
  domain: domainCode.optional(),
  available: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  includeRetired: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  ...idPageQuery.shape,
});

export const conflictBody = z
  .object({
    kind: z.enum(['declared', 'collaboration']),
    party: name,
    reason: z.string().trim().min(2, '请说明理由 a reason is required').max(2000),
    endedOn: z.string().date('日期格式应为 YYYY-MM-DD date must be YYYY-MM-DD').nullable().optional(),
  })
  .strict();

export const scoresBody = z
  .object({
    scores: z
      .array(
        z
          .object({
            rubricId: z.string().min(1).max(100),
            criterionId: z.string().min(1).max(100),
            value: z.union([z.number(), z.boolean()], { message: '分数应为数字，通过/不通过应为 true/false a number, or true/false on a pass/fail criterion' }),
            comment: z.string().max(4000),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();

export const withdrawBody = z.object({ reason: z.string().trim().min(2, '请说明理由 a reason is required').max(2000) }).strict();

export const panelBody = z
  .object({
    votes: z.object({ pass: z.number().int().min(0).max(100), fail: z.number().int().min(0).max(100) }).strict(),
    majorityView: z.string().trim().min(2, '请记录多数意见 the majority view is required').max(4000),
    minorityView: z.string().max(4000).default(''),
  })
  .strict();

export const assessmentListQuery = z.object({
  stage: z.string().regex(/^[a-zA-Z.]+$/).optional(),
  purpose: z.enum(PURPOSES).optional(),
  subject: z.string().uuid().optional(),
  domain: domainCode.optional(),
  ...timePageQuery.shape,
});

export const calibrationQuery = z.object({ purpose: z.enum(PURPOSES).optional(), minAssessments: z.coerce.number().int().min(1).max(100).optional() });

export const rubricQuery = z.object({ version: z.coerce.number().int().positive().optional() });
