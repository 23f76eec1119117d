import type { SqlExecutor } from '@scq/platform-persistence';
import type { ApplicationParties, SubjectParties, SubjectPartyRepository } from '@scq/evaluation-application';

type Row = Record<string, string | string[] | null>;

/** Scenarios' owner units, applications' applicants and organisations, as the events told them (a read model of this service). */
export class SqlSubjectPartyRepository implements SubjectPartyRepository {
  async recordScenario(tx: SqlExecutor, scenario: { scenarioId: string; ownerUnit: string; domainCode: string }, at: string): Promise<void> {
    await tx.query(
      `INSERT INTO evaluation.subject_party (subject_kind, subject_id, owner_unit, domain_code, updated_at) VALUES ('scenario', $1, $2, $3, $4)
       ON CONFLICT (subject_kind, subject_id) DO UPDATE SET owner_unit = EXCLUDED.owner_unit, domain_code = EXCLUDED.domain_code, updated_at = EXCLUDED.updated_at`,
      [scenario.scenarioId, scenario.ownerUnit, scenario.domainCode, at],
    );
  }

  async recordApplication(tx: SqlExecutor, application: ApplicationParties, at: string): Promise<void> {
    await tx.query(
      `INSERT INTO evaluation.subject_party (subject_kind, subject_id, applicant_id, scenario_id, organisations, updated_at) VALUES ('application', $1, $2, $3, $4::text[], $5)
       ON CONFLICT (subject_kind, subject_id) DO UPDATE SET organisations = EXCLUDED.organisations, updated_at = EXCLUDED.updated_at
       WHERE EXCLUDED.organisations IS NOT NULL AND subject_party.organisations IS DISTINCT FROM EXCLUDED.organisations`,
      [application.applicationId, application.applicantId, application.scenarioId, application.organisations ?? null, at],
    );
  }

  async partiesOf(db: SqlExecutor, subject: { kind: 'scenario' | 'application'; id: string }): Promise<SubjectParties> {
    let application: SubjectParties['application'] = null;
    let scenarioId = subject.id;
    if (subject.kind === 'application') {
      const { rows } = await db.query<Row>(`SELECT * FROM evaluation.subject_party WHERE subject_kind = 'application' AND subject_id = $1`, [subject.id]);
      if (!rows[0]) return { scenario: null, application: null };
      const organisations = (rows[0].organisations as string[] | null) ?? [];
      application = { applicationId: subject.id, scenarioId: String(rows[0].scenario_id), applicantId: String(rows[0].applicant_id), organisations };
      scenarioId = application.scenarioId;
    }
    const { rows } = await db.query<Row>(`SELECT * FROM evaluation.subject_party WHERE subject_kind = 'scenario' AND subject_id = $1`, [scenarioId]);
    const scenario = rows[0] ? { scenarioId, ownerUnit: String(rows[0].owner_unit), domainCode: String(rows[0].domain_code) } : null;
    return { scenario, application };
  }
}
