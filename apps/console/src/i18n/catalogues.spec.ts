/// <reference types="jest" />
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Messages } from './messages';

/**
 * Every catalogue of the console, read as i18next-icu reads it (intl-messageformat, tags ignored): each text parses
 * as ICU MessageFormat, the English table names the same placeholders as the Chinese one, namespaces are unique,
 * and counts read as English plurals.
 */
const SRC = join(__dirname, '..');

function catalogueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return catalogueFiles(path);
    return entry.name.endsWith('.messages.ts') ? [path] : [];
  });
}

function isCatalogue(value: unknown): value is Messages<string> {
  return typeof value === 'object' && value !== null && 'ns' in value && 'zh' in value && 'en' in value;
}

const catalogues: Array<Messages<string>> = catalogueFiles(SRC).flatMap((file) => Object.values(require(file) as Record<string, unknown>).filter(isCatalogue));

interface Checked {
  ns: string;
  key: string;
  language: 'zh' | 'en';
  error?: string;
  names?: string[];
  samples?: Record<string, string>;
}

/**
 * intl-messageformat is an ES module, which this CommonJS test cannot require: a child Node process parses every
 * text, lists its arguments, and formats the plural ones with 1 and 3.
 */
function checkAll(): Checked[] {
  const texts = catalogues.flatMap(({ ns, zh, en }) => [
    ...Object.entries(zh).map(([key, text]) => ({ ns, key, language: 'zh', text })),
    ...Object.entries(en).map(([key, text]) => ({ ns, key, language: 'en', text })),
  ]);
  const script = `
    import { IntlMessageFormat } from 'intl-messageformat';
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const names = (elements, into) => {
      for (const element of elements) {
        if (element.value !== undefined && element.type !== 0 && element.type !== 7) into.add(element.value);
        for (const option of Object.values(element.options ?? {})) names(option.value, into);
      }
      return into;
    };
    const plurals = (elements) => elements.filter((element) => element.type === 6).map((element) => element.value);
    const checked = JSON.parse(input).map(({ ns, key, language, text }) => {
      try {
        const locale = language === 'zh' ? 'zh-CN' : 'en';
        const format = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true });
        const argumentNames = [...names(format.getAst(), new Set())].sort();
        const values = (count) => Object.fromEntries(argumentNames.map((name) => [name, plurals(format.getAst()).includes(name) ? count : name]));
        const samples = plurals(format.getAst()).length ? { one: format.format(values(1)), three: format.format(values(3)) } : undefined;
        return { ns, key, language, names: argumentNames, samples };
      } catch (error) {
        return { ns, key, language, error: String(error) };
      }
    });
    process.stdout.write(JSON.stringify(checked));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(SRC, '..', '..', '..'), input: JSON.stringify(texts) });
  return JSON.parse(output.toString()) as Checked[];
}

describe('console message catalogues', () => {
  const checked = checkAll();
  const find = (ns: string, key: string, language: 'zh' | 'en') => checked.find((one) => one.ns === ns && one.key === key && one.language === language);

  it('are found, each with its own namespace and the same keys in both languages', () => {
    expect(catalogues.length).toBeGreaterThan(15);
    const namespaces = catalogues.map((catalogue) => catalogue.ns);
    expect(new Set(namespaces).size).toBe(namespaces.length);
    for (const catalogue of catalogues) expect({ ns: catalogue.ns, keys: Object.keys(catalogue.en).sort() }).toEqual({ ns: catalogue.ns, keys: Object.keys(catalogue.zh).sort() });
  });

  it('parse as ICU MessageFormat, with the same placeholders in Chinese and English', () => {
    expect(checked.filter((one) => one.error)).toEqual([]);
    const mismatched = checked
      .filter((one) => one.language === 'en')
      .filter((en) => JSON.stringify(en.names) !== JSON.stringify(find(en.ns, en.key, 'zh')?.names))
      .map((en) => ({ ns: en.ns, key: en.key, en: en.names, zh: find(en.ns, en.key, 'zh')?.names }));
    expect(mismatched).toEqual([]);
  });

  it('count in English plurals', () => {
    expect(find('board', 'total', 'en')?.samples).toEqual({ one: '1 scenario', three: '3 scenarios' });
    expect(find('board', 'stageCount', 'en')?.samples).toEqual({ one: '1 scenario', three: '3 scenarios' });
    expect(find('matrix', 'aspectTotal', 'en')?.samples).toEqual({ one: '1 scenario', three: '3 scenarios' });
    expect(find('evaluation', 'evaluators', 'en')?.samples).toEqual({ one: '1 evaluator', three: '3 evaluators' });
    expect(find('board', 'total', 'zh')?.samples).toBeUndefined();
    // No English text counts with "(s)" any more.
    expect(catalogues.flatMap((catalogue) => Object.values(catalogue.en)).filter((text) => /\w\(s\)/.test(text))).toEqual([]);
  });
});
