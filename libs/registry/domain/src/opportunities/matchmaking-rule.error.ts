import { DomainError, type FieldError } from '@scq/contracts';

/** A field the caller got wrong: `path` as in the request body (e.g. `outcomes.2.supplier`). */
export type RuleFieldError = FieldError;

/**
 * Why a use case of the matchmaking slice (opportunities, demand lists, matchmaking events) refuses:
 * `invalid` (the request names something that cannot be used: 400 with fields), `not-found` (404),
 * `forbidden` (403), `conflict` (the record's state does not allow it: 409). Messages are zh then en.
 */
export class MatchmakingRuleError extends DomainError {
  constructor(
    readonly kind: 'invalid' | 'not-found' | 'forbidden' | 'conflict',
    code: string,
    message: string,
    fields?: RuleFieldError[],
  ) {
    super(code, message, fields);
  }

  static invalid(fields: RuleFieldError[]): MatchmakingRuleError {
    return new MatchmakingRuleError('invalid', 'VALIDATION_FAILED', `请求数据无效 Invalid request: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, fields);
  }
}
