import type { ConflictDeclaration } from '@scq/evaluation-domain';

export interface OrganisationInput {
  name: string;
  parentId?: string | null;
  accounts?: string[];
}

export interface EvaluatorInput {
  id: string;
  name: string;
  organisation: string;
  expertise: string[];
  available?: boolean;
  capacity?: number;
}

export type EvaluatorPatch = Partial<Omit<EvaluatorInput, 'id'>>;

export type ConflictInput = Pick<ConflictDeclaration, 'kind' | 'party' | 'reason'> & { endedOn?: string | null };

/** Open assignments an evaluator takes at most, unless set. */
export const DEFAULT_CAPACITY = 5;
