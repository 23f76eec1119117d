import { Link } from '@tanstack/react-router';
import type { Schema } from '../../api/client';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { messages } from './board.messages';
import { TIER_LABEL } from './board.model';

export type SearchHit = Schema<'SearchHit'>;

interface Props {
  scenario: SearchHit;
  /** The column's top-level stage: a card in a sub-stage names it. */
  column: string;
  domainName: (code: string) => string;
  stageName: (stage: string) => string;
}

/** One scenario on the board: its title (a link to it), a 成渝 joint badge, sub-stage, domain, district and tier. */
export function BoardCard({ scenario: s, column, domainName, stageName }: Props) {
  const t = useT(messages);
  const label = useLabel();
  const { language } = useLanguage();
  return (
    <li className="board-card">
      <Link to="/scenarios/$id" params={{ id: s.id }} className="board-card-title">
        {language === 'en' ? label(s.title, s.title.zh) : s.title.zh}
      </Link>
      {s.joint ? <span className="badge board-joint">{t('jointBadge')}</span> : null}
      {s.stage && s.stage !== column ? <div className="small board-substage">{stageName(s.stage)}</div> : null}
      <dl className="board-facts small">
        <dt>{t('domain')}</dt>
        <dd>{domainName(s.domainCode)}</dd>
        <dt>{t('district')}</dt>
        <dd>{s.district || t('noDistrict')}</dd>
        <dt>{t('tier')}</dt>
        <dd>{t(TIER_LABEL[s.tier])}</dd>
      </dl>
    </li>
  );
}
