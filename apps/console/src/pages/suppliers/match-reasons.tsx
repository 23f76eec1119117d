import { useT } from '../../i18n/i18n';
import { messages } from './suppliers.messages';

/** One reason of a match, as the registry explains it (GET /api/opportunities/{id}/suppliers and the supplier's opportunities). */
export type MatchReason =
  | { kind: 'capability'; need: string; offerKind: 'capability' | 'tag' | 'product' | 'profile'; offer: string; shared: string[]; coverage: number; points: number }
  | { kind: 'text'; shared: string[]; points: number }
  | { kind: 'domain'; domainCode: string; points: number }
  | { kind: 'district'; district: string; points: number }
  | { kind: 'track-record'; agreements: number; inDomain: number; points: number }
  | { kind: 'first-set'; product: string; year: number; level: 'national' | 'municipal'; need: string; points: number };

/** Why a supplier (or a consortium: with the members that gave each reason) and an opportunity match, one line per reason with its points. */
export function MatchReasons({ reasons }: { reasons: Array<MatchReason & { members?: string[] }> }) {
  const t = useT(messages);
  const offerKind = { capability: t('offerCapability'), tag: t('offerTag'), product: t('offerProduct'), profile: '' } as const;
  const line = (reason: MatchReason): string => {
    switch (reason.kind) {
      case 'capability':
        return reason.offerKind === 'profile'
          ? t('reasonCapabilityProfile', { need: reason.need, shared: reason.shared.join('、') })
          : t('reasonCapability', { need: reason.need, offerKind: offerKind[reason.offerKind], offer: reason.offer, shared: reason.shared.join('、') });
      case 'text':
        return t('reasonText', { shared: reason.shared.join('、') });
      case 'domain':
        return t('reasonDomain', { domain: reason.domainCode });
      case 'district':
        return t('reasonDistrict', { district: reason.district });
      case 'track-record':
        return t('reasonTrackRecord', { agreements: reason.agreements, inDomain: reason.inDomain });
      case 'first-set':
        return t('reasonFirstSet', { product: reason.product, year: String(reason.year), level: reason.level === 'national' ? t('levelNational') : t('levelMunicipal'), need: reason.need });
    }
  };
  return (
    <ul className="match-reasons">
      {reasons.map((reason, index) => (
        <li key={index}>
          {line(reason)}
          {reason.members && reason.members.length > 0 ? <span className="reason-members"> {t('reasonMembers', { members: reason.members.join('、') })}</span> : null}{' '}
          <span className="muted small">{t('points', { points: reason.points })}</span>
        </li>
      ))}
    </ul>
  );
}
