import type { Schema } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { messages } from './matchmaking.messages';

export type MatchmakingEvent = Schema<'MatchmakingEvent'>;
export type EventKind = MatchmakingEvent['kind'];
export type ParticipantType = MatchmakingEvent['participants'][number]['type'];

const KIND_KEYS = {
  roadshow: 'kindRoadshow',
  'matchmaking-meeting': 'kindMeeting',
  'open-call': 'kindOpenCall',
  launch: 'kindLaunch',
  exhibition: 'kindExhibition',
  competition: 'kindCompetition',
  other: 'kindOther',
} as const satisfies Record<EventKind, keyof typeof messages.zh>;
const TYPE_KEYS = { enterprise: 'typeEnterprise', university: 'typeUniversity', institute: 'typeInstitute', soe: 'typeSoe' } as const satisfies Record<ParticipantType, keyof typeof messages.zh>;

export const EVENT_KINDS = Object.keys(KIND_KEYS) as EventKind[];
export const PARTICIPANT_TYPES = Object.keys(TYPE_KEYS) as ParticipantType[];

export function useEventLabels() {
  const t = useT(messages);
  return { kind: (kind: EventKind) => t(KIND_KEYS[kind]), type: (type: ParticipantType) => t(TYPE_KEYS[type]) };
}
