import type { SubjectDirectory, SubjectInfo } from '@scq/notification-application';
import type { SqlExecutor } from '@scq/platform-persistence';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNKNOWN: SubjectInfo = { kind: null, scenarioTitle: null, taxonomyVersion: null, applicantId: null, applicantOrganisation: null };

export class SqlSubjectDirectory implements SubjectDirectory {
  async recordScenario(tx: SqlExecutor, scenario: { scenarioId: string; title: { zh: string; en?: string }; taxonomyVersion: string }): Promise<void> {
    await tx.query(
      `INSERT INTO notification.scenario_info (scenario_id, title_zh, title_en, taxonomy_version) VALUES ($1, $2, $3, $4)
       ON CONFLICT (scenario_id) DO UPDATE SET title_zh = excluded.title_zh, title_en = excluded.title_en, taxonomy_version = excluded.taxonomy_version, updated_at = now()`,
      [scenario.scenarioId, scenario.title.zh, scenario.title.en ?? null, scenario.taxonomyVersion],
    );
  }

  async recordApplication(tx: SqlExecutor, application: { applicationId: string; scenarioId: string; applicantId: string; applicantOrganisation: string | null }): Promise<void> {
    await tx.query(
      `INSERT INTO notification.application_info (application_id, scenario_id, applicant_id, applicant_organisation) VALUES ($1, $2, $3, $4)
       ON CONFLICT (application_id) DO UPDATE SET scenario_id = excluded.scenario_id, applicant_id = excluded.applicant_id,
         applicant_organisation = COALESCE(excluded.applicant_organisation, notification.application_info.applicant_organisation), updated_at = now()`,
      [application.applicationId, application.scenarioId, application.applicantId, application.applicantOrganisation],
    );
  }

  async describe(db: SqlExecutor, subjectId: string): Promise<SubjectInfo> {
    if (!UUID.test(subjectId)) return UNKNOWN;
    const { rows } = await db.query<{ kind: 'scenario' | 'application'; title_zh: string | null; title_en: string | null; taxonomy_version: string | null; applicant_id: string | null; applicant_organisation: string | null }>(
      `SELECT 'application' AS kind, s.title_zh, s.title_en, s.taxonomy_version, a.applicant_id, a.applicant_organisation
         FROM notification.application_info a LEFT JOIN notification.scenario_info s ON s.scenario_id = a.scenario_id WHERE a.application_id = $1
       UNION ALL
       SELECT 'scenario', s.title_zh, s.title_en, s.taxonomy_version, NULL, NULL FROM notification.scenario_info s WHERE s.scenario_id = $1`,
      [subjectId],
    );
    const row = rows[0];
    if (!row) return UNKNOWN;
    return {
      kind: row.kind,
      scenarioTitle: row.title_zh ? { zh: row.title_zh, en: row.title_en } : null,
      taxonomyVersion: row.taxonomy_version,
      applicantId: row.applicant_id,
      applicantOrganisation: row.applicant_organisation,
    };
  }
}
