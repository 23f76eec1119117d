import { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文本', 'text'],
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  boolean: ['是或否', 'true or false'],
  object: ['对象', 'an object'],
  array: ['列表', 'a list'],
  date: ['日期', 'a date'],
};

const FORMAT_NAMES: Record<string, [string, string]> = {
  uuid: ['UUID', 'a UUID'],
  email: ['电子邮箱地址', 'an email address'],
  url: ['网址', 'a URL'],
  datetime: ['ISO 8601 时间', 'an ISO 8601 date-time'],
  date: ['日期（YYYY-MM-DD）', 'a date (YYYY-MM-DD)'],
  regex: ['规定格式', 'the expected format'],
};

const UNIT_NAMES: Record<string, [string, string]> = {
  string: ['个字符', 'characters'],
  array: ['项', 'items'],
  set: ['项', 'items'],
  file: ['字节', 'bytes'],
};

function typeName(expected: string): [string, string] {
  return TYPE_NAMES[expected] ?? [expected, expected];
}

/**
 * The platform's words for zod's issues, Chinese then English, so a field error never shows zod's own wording.
 * A message written in a schema (`z.string().min(1, '请填写标题 title is required')`) still wins.
 */
export function bilingualIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '必填 required';
      if (issue.input === null) return '不能为空 must not be null';
      const [zh, en] = typeName(issue.expected);
      return `应为${zh} must be ${en}`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'number' || issue.origin === 'bigint') return `不能小于 ${min} must be at least ${min}`;
      if (issue.origin === 'string' && issue.minimum === 1) return '不能为空 must not be empty';
      const [zh, en] = UNIT_NAMES[issue.origin] ?? ['', ''];
      return `至少 ${min} ${zh} must have at least ${min} ${en}`.replace(/  +/g, ' ');
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'number' || issue.origin === 'bigint') return `不能大于 ${max} must be at most ${max}`;
      const [zh, en] = UNIT_NAMES[issue.origin] ?? ['', ''];
      return `最多 ${max} ${zh} must have at most ${max} ${en}`.replace(/  +/g, ' ');
    }
    case 'invalid_format': {
      const [zh, en] = FORMAT_NAMES[issue.format] ?? [issue.format, issue.format];
      return `格式无效，应为${zh} invalid format: must be ${en}`;
    }
    case 'invalid_value': {
      const options = issue.values.map((value: unknown) => JSON.stringify(value)).join(', ');
      return `取值无效，可选：${options} invalid value: must be one of ${options}`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return `不允许的字段 unknown field(s): ${keys}`;
    }
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数 must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return '取值不符合任何允许的形式 does not match any allowed form';
    case 'invalid_key':
    case 'invalid_element':
      return '包含无效的项 contains an invalid entry';
    default:
      return undefined;
  }
}

let installed = false;

/** Makes the platform's words zod's default for every schema of this process (idempotent). */
export function installBilingualZodMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (issue) => bilingualIssueMessage(issue) });
}
