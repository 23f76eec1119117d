import { z } from 'zod';
import { findDomain, isTaxonomyVersionId, taxonomyVersions } from '@scq/taxonomy';

const text = () => z.string({ error: (issue) => (issue.input === undefined ? '必填 required' : '必须是文本 must be text') });
const trimmed = (max: number) => text().trim().min(1, '不能为空 must not be empty').max(max, `最多 ${max} 个字符 at most ${max} characters`);

/** What a responsible unit files to register a scenario (the registry issue extends the fields). */
export const scenarioRegistrationSchema = z
  .object({
    title: z.object({ zh: trimmed(200), en: trimmed(300).optional() }).strict(),
    description: z.object({ zh: trimmed(10_000).optional(), en: trimmed(20_000).optional() }).strict().optional(),
    domainCode: text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '领域代码格式无效 domainCode must be a kebab-case code, e.g. artificial-intelligence'),
    ownerUnit: trimmed(100),
    district: trimmed(50).optional(),
    taxonomyVersion: text()
      .refine(isTaxonomyVersionId, `未知的分类版本 unknown taxonomy version; one of: ${taxonomyVersions().join(', ')}`)
      .default('2025-draft'),
  })
  .strict()
  .superRefine((registration, context) => {
    // A scenario is filed under a version of the taxonomy and keeps it; its domain must exist in that version.
    if (isTaxonomyVersionId(registration.taxonomyVersion) && !findDomain(registration.taxonomyVersion, registration.domainCode)) {
      context.addIssue({ code: 'custom', path: ['domainCode'], message: `分类版本 ${registration.taxonomyVersion} 中没有领域 ${registration.domainCode} No domain ${registration.domainCode} in taxonomy ${registration.taxonomyVersion}` });
    }
  });

export type ScenarioRegistration = z.infer<typeof scenarioRegistrationSchema>;

export interface Scenario extends ScenarioRegistration {
  id: string;
  /** The lifecycle stage, as last reported by the workflow; null until the workflow has started it. */
  stage: string | null;
  /** The workflow's history sequence of that stage: older or repeated reports never overwrite newer ones. */
  stageSequence: number | null;
  stageChangedAt: Date | null;
  registeredAt: Date;
}

/** A stage report applies only if it is newer than what the read model has (events may repeat or arrive late). */
export function isNewerStage(current: Pick<Scenario, 'stageSequence'>, reportedSequence: number): boolean {
  return current.stageSequence === null || reportedSequence > current.stageSequence;
}
