/**
 * The lifecycle runner's transition statements, written out for the clients it is compared with: pgbench (values as
 * pgbench variables, which `-M prepared` binds as parameters, or as server expressions where pgbench cannot compute
 * them) and the raw Node loop (values as `$n` parameters). Every column the runner writes is written, and every value
 * the runner binds as a parameter is bound as one here (JSON as text the server parses, timestamps as ISO text), so the
 * server does the same work for all three clients and only the client differs.
 */

/** Where each value of the transition comes from: a parameter (`$n`, `:name`) or an expression of the server's. */
export interface TransitionValues {
  id: string;
  machineId: string;
  machineVersion: string;
  from: string;
  stage: string;
  snapshot: string;
  version: string;
  expectedVersion: string;
  historyLength: string;
  sequence: string;
  hash: string;
  previousHash: string;
  occurredAt: string;
  event: string;
  actor: string;
  keyId: string;
  subject: string;
  outboxId: string;
  topic: string;
  messageKey: string;
  eventType: string;
  payload: string;
  headers: string;
}

const OUTBOX_COLUMNS = 'id, topic, message_key, event_type, payload, headers, trace_context';

/**
 * `joined` (the runner since issue 17): one statement with the version-checked UPDATE, its history INSERT and the
 * outbox INSERT guarded by the UPDATE's row, as `SqlLifecycleStore.recordTransition` with `guardedAppend`. Otherwise
 * (before that change) the UPDATE with its history INSERT, then the outbox INSERT as a statement of its own.
 */
export function transitionWrite(schema: string, v: TransitionValues, joined: boolean): string[] {
  const moved = `moved AS (UPDATE ${schema}.lifecycle_instance
      SET machine_version = ${v.machineVersion}, stage = ${v.stage}, snapshot = (${v.snapshot})::jsonb, version = ${v.version}, history_length = ${v.historyLength},
          history_head = ${v.hash}, updated_at = (${v.occurredAt})::timestamptz
    WHERE id = ${v.id} AND version = ${v.expectedVersion} RETURNING id)`;
  const history = `INSERT INTO ${schema}.lifecycle_history (instance_id, sequence, kind, machine_id, machine_version, from_stage, to_stage, event, actor, reason, correlation_id, occurred_at, previous_hash, hash, key_id, subject)
    SELECT id, ${v.sequence}, 'transition', ${v.machineId}, ${v.machineVersion}, ${v.from}, ${v.stage}, (${v.event})::jsonb, (${v.actor})::jsonb, NULL, 'bench', (${v.occurredAt})::timestamptz, ${v.previousHash}, ${v.hash}, ${v.keyId}, (${v.subject})::jsonb FROM moved`;
  const outboxRow = `(${v.outboxId})::uuid, (${v.topic})::text, (${v.messageKey})::text, (${v.eventType})::text, (${v.payload})::text, (${v.headers})::jsonb, NULL::jsonb`;
  if (joined) {
    return [
      `WITH ${moved}, history AS (${history} RETURNING 1), alongside AS (INSERT INTO ${schema}.outbox (${OUTBOX_COLUMNS}) SELECT ${OUTBOX_COLUMNS} FROM (VALUES (${outboxRow}, 0)) AS m (${OUTBOX_COLUMNS}, position) WHERE EXISTS (SELECT 1 FROM moved) ORDER BY position) SELECT 1 AS won FROM history`,
    ];
  }
  return [`WITH ${moved} ${history}`, `INSERT INTO ${schema}.outbox (${OUTBOX_COLUMNS}) VALUES (${outboxRow})`];
}

/** The order of the raw loop's parameters, `$1` first. */
const RAW_ORDER = [
  'id',
  'machineId',
  'machineVersion',
  'from',
  'stage',
  'snapshot',
  'version',
  'expectedVersion',
  'historyLength',
  'sequence',
  'hash',
  'previousHash',
  'occurredAt',
  'event',
  'actor',
  'keyId',
  'subject',
  'outboxId',
  'topic',
  'messageKey',
  'eventType',
  'payload',
  'headers',
] as const satisfies ReadonlyArray<keyof TransitionValues>;

/** The raw loop's values: `$1`… in `RAW_ORDER`. */
export const RAW_VALUES = Object.fromEntries(RAW_ORDER.map((name, i) => [name, `$${i + 1}`])) as Record<keyof TransitionValues, string>;

/** Where the outbox row's values start among the raw loop's parameters (its own statement before issue 17's change). */
export const RAW_OUTBOX_FIRST = RAW_ORDER.indexOf('outboxId');

/** The same values, in the order of `RAW_VALUES`' parameters. */
export function rawTransitionParams(values: Record<keyof TransitionValues, unknown>): unknown[] {
  return RAW_ORDER.map((name) => values[name]);
}

/**
 * pgbench's values: the instance's row read into variables by `\gset` (machine_id, stage, version, history_length,
 * history_head, subject), JSON documents from `-D` variables (`pgbenchDefinitions`), the new stage and its snapshot
 * chosen by the version's parity (the bench machine toggles), and what pgbench cannot compute (hashes, a uuid, the
 * time) made by the server.
 */
export function pgbenchValues(idExpression: string): TransitionValues {
  const nextIsB = ':version % 2 = 1';
  const randomHash = 'md5(random()::text) || md5(random()::text)';
  return {
    id: idExpression,
    machineId: ':machine_id',
    machineVersion: ':machine_version',
    from: ':stage',
    stage: `CASE WHEN ${nextIsB} THEN 'b' ELSE 'a' END`,
    snapshot: `CASE WHEN ${nextIsB} THEN :snapshot_b ELSE :snapshot_a END`,
    version: ':version + 1',
    expectedVersion: ':version',
    historyLength: ':history_length + 1',
    sequence: ':history_length',
    hash: randomHash,
    previousHash: ':history_head',
    occurredAt: 'now()::text',
    event: ':event',
    actor: ':actor',
    keyId: ':key_id',
    subject: ':subject',
    outboxId: 'gen_random_uuid()::text',
    topic: ':topic',
    messageKey: `${idExpression}::text`,
    eventType: ':event_type',
    payload: `CASE WHEN ${nextIsB} THEN :payload_b ELSE :payload_a END`,
    headers: ':headers',
  };
}

/** The `-D name=value` arguments that give pgbench's script the runner's JSON documents and constants. */
export function pgbenchDefinitions(values: Record<string, string>): string[] {
  return Object.entries(values).flatMap(([name, value]) => ['-D', `${name}=${value}`]);
}
