import { canonicalOrganisationName, type KnownOrganisationName } from '@scq/identity';
import type { SqlExecutor } from '@scq/platform-persistence';
import { canonicalOrganisation, organisationSpeller } from './organisations';
import type { OrganisationNames } from './ports/organisation-names.port';

/** The directory's names held in memory (the SQL adapter's matching rule, without the table). */
function namesOf(known: KnownOrganisationName[]): OrganisationNames & { lookups: string[][] } {
  const lookups: string[][] = [];
  return {
    lookups,
    canonical: async (_db, typed) => canonicalOrganisationName(typed, known),
    canonicalAll: async (_db, typed) => {
      lookups.push([...typed]);
      return (name) => canonicalOrganisationName(name, known);
    },
    record: async () => undefined,
  };
}

const db = {} as SqlExecutor;
// The directory may list a municipal unit as an organisation with the taxonomy's short name as an alias.
const names = namesOf([
  { name: '重庆交通大学', aliases: ['重交大'], uscc: '12500000450400893Y' },
  { name: '重庆市交通运输委员会', aliases: ['市交通运输委'], uscc: null },
]);

describe('canonicalOrganisation', () => {
  it('spells an organisation as the directory does, by alias or code; an unknown one as typed', async () => {
    expect(await canonicalOrganisation(names, db, ' 重交大')).toBe('重庆交通大学');
    expect(await canonicalOrganisation(names, db, '12500000450400893Y')).toBe('重庆交通大学');
    expect(await canonicalOrganisation(names, db, '西南大学 ')).toBe('西南大学');
  });

  it('leaves municipal units to the taxonomy, whatever the directory calls them', async () => {
    expect(await canonicalOrganisation(names, db, 'transport-commission')).toBe('市交通运输委');
    expect(await canonicalOrganisation(names, db, '市交通运输委')).toBe('市交通运输委');
  });
});

describe('organisationSpeller', () => {
  it('spells many names with one lookup of those that are not units', async () => {
    const spell = await organisationSpeller(names, db, ['重交大', '市交通运输委', '西南大学']);
    expect(['重交大', '市交通运输委', '西南大学'].map(spell)).toEqual(['重庆交通大学', '市交通运输委', '西南大学']);
    expect(names.lookups).toEqual([['重交大', '西南大学']]);
  });
});
