import { z } from 'zod';
import { RequestError } from '../errors/request-error';
import { parseRequest } from './parse-request';

function fieldsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  try {
    parseRequest(schema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(RequestError);
    const body = (error as RequestError).getResponse() as { fields: Array<{ path: string; message: string }> };
    return Object.fromEntries(body.fields.map((f) => [f.path, f.message]));
  }
  throw new Error('expected a refusal');
}

describe('parseRequest: the platform words for every invalid field, Chinese then English', () => {
  const schema = z
    .object({
      title: z.string().min(1).max(5),
      count: z.number().int().min(1),
      kind: z.enum(['a', 'b']),
      id: z.uuid(),
      tags: z.array(z.string()).max(1),
      custom: z.string().min(3, '请写满三个字 write three characters').optional(),
    })
    .strict();

  it('never shows zod’s own wording', () => {
    const fields = fieldsOf(schema, { title: '', count: 1.5, kind: 'c', id: 'x', tags: ['1', '2'], custom: 'x', extra: 1 });
    expect(fields).toEqual({
      title: '不能为空 must not be empty',
      count: '应为整数 must be a whole number',
      kind: '取值无效，可选："a", "b" invalid value: must be one of "a", "b"',
      id: '格式无效，应为UUID invalid format: must be a UUID',
      tags: '最多 1 项 must have at most 1 items',
      custom: '请写满三个字 write three characters',
      '(body)': '不允许的字段 unknown field(s): extra',
    });
  });

  it('says a missing field is required and a missing body is a body required', () => {
    expect(fieldsOf(schema, {})).toMatchObject({ title: '必填 required', count: '必填 required' });
    expect(fieldsOf(schema, undefined)).toEqual({ '(body)': '必填 required' });
    expect(fieldsOf(schema, [])).toEqual({ '(body)': '应为对象 must be an object' });
  });

  it('passes valid input through typed', () => {
    expect(parseRequest(z.object({ n: z.coerce.number() }), { n: '3' })).toEqual({ n: 3 });
  });
});
