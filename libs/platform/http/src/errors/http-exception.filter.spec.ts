import { BadRequestException, HttpStatus, NotFoundException } from '@nestjs/common';
import { DomainError, type RefusalKind } from '@scq/contracts';
import { bodyParserRefusal } from '../edge/json-body.middleware';
import { describeError } from './http-exception.filter';
import { RequestError } from './request-error';

class SampleRefusal extends DomainError {
  constructor(readonly kind: RefusalKind) {
    super('SAMPLE', '示例 sample', kind === 'invalid' ? [{ path: 'title', message: '必填 required' }] : undefined);
  }
}

const request = { method: 'POST', path: '/api/nowhere' };

describe('describeError: one table, one shape', () => {
  it.each([
    ['invalid', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not-found', 404],
    ['conflict', 409],
    ['unprocessable', 422],
  ] as const)('answers a %s refusal with %i', (kind, status) => {
    const described = describeError(new SampleRefusal(kind), request);
    expect(described.status).toBe(status);
    expect(described.body.code).toBe('SAMPLE');
  });

  it('keeps the fields of an invalid request', () => {
    expect(describeError(new SampleRefusal('invalid'), request).body.fields).toEqual([{ path: 'title', message: '必填 required' }]);
  });

  it('names an unknown route in both languages', () => {
    expect(describeError(new NotFoundException('Cannot POST /api/nowhere'), request)).toEqual({ status: 404, body: { code: 'ROUTE_NOT_FOUND', message: '没有此接口 No such route: POST /api/nowhere' } });
  });

  it('puts its own words on the framework’s errors and the body parser’s', () => {
    expect(describeError(new BadRequestException('Validation failed (uuid is expected)'), request).body).toEqual({ code: 'BAD_REQUEST', message: '请求无效 Bad request' });
    expect(describeError(bodyParserRefusal({ type: 'entity.parse.failed', status: 400 }), request)).toEqual({ status: 400, body: { code: 'MALFORMED_JSON', message: '请求体不是有效的 JSON Request body is not valid JSON' } });
    expect(describeError(bodyParserRefusal({ type: 'entity.too.large', limit: 10 }), request).status).toBe(413);
    expect(describeError(bodyParserRefusal({ type: 'charset.unsupported', charset: 'latin1' }), request).status).toBe(415);
  });

  it('passes edge refusals through and hides unexpected errors behind a 500', () => {
    expect(describeError(new RequestError(HttpStatus.TOO_MANY_REQUESTS, 'SLOW_DOWN', '慢一点 slow down'), request)).toEqual({ status: 429, body: { code: 'SLOW_DOWN', message: '慢一点 slow down' } });
    expect(describeError(new Error('secret detail'), request)).toEqual({ status: 500, body: { code: 'INTERNAL', message: '服务器内部错误 Internal server error' } });
  });
});
