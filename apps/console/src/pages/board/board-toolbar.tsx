import { useEffect, useMemo, useState } from 'react';
import { useApiQuery } from '../../api/queries';
import { allDomains, allUnits, type Taxonomy } from '../../api/taxonomy';
import { common } from '../../i18n/common.messages';
import { useLabel, useT } from '../../i18n/i18n';
import { messages } from './board.messages';
import { FILTERS, isFiltered, sortOf, TIER_LABEL, type BoardSearch } from './board.model';
import { TIERS } from './scenarios';

const DEBOUNCE_MS = 300;

interface Props {
  search: BoardSearch;
  taxonomy: Taxonomy | undefined;
  /** The signed-in user's unit (else district): "mine" is offered only with one. */
  mineOf: string | null;
  set: (changes: Partial<Record<keyof BoardSearch, string>>) => void;
}

/** The board's search box, order, facets and "mine" / "needs my action", all kept in the URL. */
export function BoardToolbar({ search, taxonomy, mineOf, set }: Props) {
  const t = useT(messages);
  const tc = useT(common);
  const label = useLabel();
  const filter = Object.fromEntries(FILTERS.map((name) => [name, search[name] ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const domains = useMemo(() => (taxonomy ? allDomains(taxonomy) : []), [taxonomy]);
  const districts = useApiQuery('/api/directory/districts');
  const chongqing = (districts.data?.districts ?? []).filter((d) => d.region === 'chongqing');
  const procurement = useApiQuery('/api/registry/procurement-methods');

  // Typing waits for a pause before it searches; the URL's q (a link, "clear", back) replaces what is typed.
  const urlText = search.q ?? '';
  const [text, setText] = useState(urlText);
  const [seen, setSeen] = useState(urlText);
  if (urlText !== seen) {
    setSeen(urlText);
    if (urlText !== text.trim()) setText(urlText);
  }
  useEffect(() => {
    if (text.trim() === (search.q ?? '')) return undefined;
    const timer = setTimeout(() => set({ q: text.trim() }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, search.q, set]);

  return (
    <form className="filters board-filters" aria-label={t('filters')} onSubmit={(event) => (event.preventDefault(), set({ q: text.trim() }))}>
      <div className="board-search">
        <label htmlFor="board-q">{t('search')}</label>
        <input id="board-q" type="search" value={text} placeholder={t('searchHint')} onChange={(e) => setText(e.target.value)} />
      </div>
      <div>
        <label htmlFor="board-sort">{t('sort')}</label>
        <select id="board-sort" value={sortOf(search)} onChange={(e) => set({ sort: e.target.value === 'newest' ? '' : e.target.value })}>
          <option value="newest">{t('sortNewest')}</option>
          <option value="oldest">{t('sortOldest')}</option>
        </select>
      </div>
      <div>
        <label htmlFor="board-aspect">{t('aspect')}</label>
        <select id="board-aspect" value={filter.aspect} onChange={(e) => set({ aspect: e.target.value, domain: keepDomain(taxonomy, filter.domain, e.target.value) })}>
          <option value="">{tc('all')}</option>
          {taxonomy?.aspects.map((aspect) => (
            <option key={aspect.code} value={aspect.code}>
              {aspect.numeral} {label({ zh: aspect.zhName, en: aspect.enName })}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="board-domain">{t('domain')}</label>
        <select id="board-domain" value={filter.domain} onChange={(e) => set({ domain: e.target.value })}>
          <option value="">{tc('all')}</option>
          {domains
            .filter((d) => !filter.aspect || d.aspect === filter.aspect)
            .map((d) => (
              <option key={d.code} value={d.code}>
                {label({ zh: d.zhName, en: d.enName })}
              </option>
            ))}
          {filter.domain && !domains.some((d) => d.code === filter.domain) ? <option value={filter.domain}>{filter.domain}</option> : null}
        </select>
      </div>
      <div>
        <label htmlFor="board-unit">{t('unit')}</label>
        <select id="board-unit" value={filter.unit} disabled={Boolean(search.mine && mineOf)} onChange={(e) => set({ unit: e.target.value })}>
          <option value="">{tc('all')}</option>
          {taxonomy
            ? allUnits(taxonomy).map((u) => (
                <option key={u.code} value={u.zhName}>
                  {label({ zh: u.zhName, en: u.enName })}
                </option>
              ))
            : null}
        </select>
      </div>
      <div>
        <label htmlFor="board-district">{t('district')}</label>
        <select id="board-district" value={filter.district} onChange={(e) => set({ district: e.target.value })}>
          <option value="">{tc('all')}</option>
          {chongqing.map((d) => (
            <option key={d.code} value={d.zhName}>
              {label({ zh: d.zhName, en: d.enName })}
            </option>
          ))}
          {filter.district && !chongqing.some((d) => d.zhName === filter.district) ? <option value={filter.district}>{filter.district}</option> : null}
        </select>
      </div>
      <div>
        <label htmlFor="board-tier">{t('tier')}</label>
        <select id="board-tier" value={filter.tier} onChange={(e) => set({ tier: e.target.value })}>
          <option value="">{tc('all')}</option>
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {t(TIER_LABEL[tier])}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="board-joint">{t('joint')}</label>
        <select id="board-joint" value={filter.joint} onChange={(e) => set({ joint: e.target.value })}>
          <option value="">{tc('all')}</option>
          <option value="true">{t('jointOnly')}</option>
          <option value="false">{t('jointNone')}</option>
        </select>
      </div>
      <div>
        <label htmlFor="board-procurement-method">{t('procurementMethod')}</label>
        <select id="board-procurement-method" value={filter.procurementMethod} onChange={(e) => set({ procurementMethod: e.target.value })}>
          <option value="">{tc('all')}</option>
          {(procurement.data?.methods ?? []).map((method) => (
            <option key={method.code} value={method.code}>
              {label(method)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="board-first-set">{t('firstSet')}</label>
        <select id="board-first-set" value={filter.firstSet} onChange={(e) => set({ firstSet: e.target.value })}>
          <option value="">{tc('all')}</option>
          <option value="true">{t('firstSetOnly')}</option>
          <option value="false">{t('firstSetNone')}</option>
        </select>
      </div>
      <div className="board-toggles">
        {mineOf ? (
          <label>
            <input type="checkbox" checked={Boolean(search.mine)} onChange={(e) => set({ mine: e.target.checked ? '1' : '' })} /> {t('mine', { unit: mineOf })}
          </label>
        ) : null}
        <label>
          <input type="checkbox" checked={Boolean(search.action)} onChange={(e) => set({ action: e.target.checked ? '1' : '' })} /> {t('needsAction')}
        </label>
      </div>
      {isFiltered(search) ? (
        <div className="board-clear">
          <button type="button" onClick={() => set({ ...Object.fromEntries(FILTERS.map((name) => [name, ''])), q: '', mine: '', action: '' })}>
            {t('clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

/** The aspect changed: a domain of another aspect no longer applies. */
function keepDomain(taxonomy: Taxonomy | undefined, domain: string, aspect: string): string {
  if (!domain || !aspect || !taxonomy) return domain;
  return allDomains(taxonomy).some((d) => d.code === domain && d.aspect === aspect) ? domain : '';
}
