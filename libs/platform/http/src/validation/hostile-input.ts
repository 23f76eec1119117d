/** Deeper than any request of the platform needs (a batch list's rows with their fields are 4 levels). */
export const MAX_INPUT_DEPTH = 32;

export type HostileInput = { kind: 'nul' | 'lone-surrogate' | 'too-deep'; path: string };

// A NUL, or a UTF-16 surrogate half without its partner: neither can be stored in PostgreSQL text or sent on as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function badString(value: string): HostileInput['kind'] | null {
  if (value.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(value)) return 'lone-surrogate';
  return null;
}

/**
 * The first thing in a parsed request that no field may hold: a NUL or lone surrogate in any string (keys
 * included), or nesting deeper than MAX_INPUT_DEPTH. Walks without recursion, so no input can exhaust the stack.
 */
export function findHostileInput(input: unknown, root = ''): HostileInput | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: input, path: root, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'string') {
      const kind = badString(value);
      if (kind) return { kind, path: path || '(body)' };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_INPUT_DEPTH) return { kind: 'too-deep', path: path || '(body)' };
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      const keyKind = badString(key);
      if (keyKind) return { kind: keyKind, path: childPath };
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}

export function hostileInputMessage({ kind, path }: HostileInput): string {
  switch (kind) {
    case 'nul':
      return `字段 ${path} 含有空字符（NUL） field ${path} contains a NUL character`;
    case 'lone-surrogate':
      return `字段 ${path} 含有无效的 Unicode 字符（孤立代理项） field ${path} contains an invalid Unicode character (a lone surrogate)`;
    case 'too-deep':
      return `请求嵌套过深（最多 ${MAX_INPUT_DEPTH} 层） request nested too deep (at most ${MAX_INPUT_DEPTH} levels) at ${path}`;
  }
}
