import { DomainError, type FieldError } from '@scq/contracts';
import { canonicalUnitName, findUnit } from '@scq/taxonomy';
import type { ScenarioRegistration } from './scenario-registration';

/** Who registers a scenario, as the gateway's service token names them (id, roles, unit). */
export interface ScenarioRegistrant {
  id: string;
  roles: readonly string[];
  /** The registrant's unit; null for an account that belongs to none. */
  unit: string | null;
  /** A district officer's district (区县); null or absent for everybody else. */
  district?: string | null;
}

/**
 * Why a registration is refused: `forbidden` (403: the role, or an officer naming another unit) or `invalid` (400 with
 * fields: an owner unit the taxonomy does not know). The HTTP edge maps the kind; messages are zh then en.
 */
export class ScenarioRegistrationError extends DomainError {
  constructor(
    readonly kind: 'invalid' | 'forbidden',
    code: string,
    message: string,
    fields?: FieldError[],
  ) {
    super(code, message, fields);
  }
}

/** Officers register for their own unit; the coordinator and administrators for any unit (on its behalf). */
export const SCENARIO_REGISTRAR_ROLES = ['officer', 'coordinator', 'admin'] as const;
const ON_BEHALF_ROLES: readonly string[] = ['coordinator', 'admin'];

/** What registration records about the owner and the registrant. */
export interface ScenarioOwnership {
  /** The owner unit as stored: the taxonomy's Chinese name when it knows the unit, otherwise as written (trimmed). */
  ownerUnit: string;
  registeredBy: string;
  /** True when the registrant does not belong to the owner unit (the coordinator or an admin acting for it). */
  registeredOnBehalf: boolean;
}

/** The endpoint that lists the units a municipal department may be, for the version a scenario is filed under. */
export function unitsEndpoint(taxonomyVersion: string): string {
  return `GET /api/taxonomy/${taxonomyVersion}/units`;
}

/**
 * The owner unit as stored. A municipal department (市级部门) must be a unit of the scenario's taxonomy version, named by
 * code, alias or Chinese name, and is stored as its Chinese name; otherwise a 400 on `ownerUnit` naming the endpoint
 * that lists them. Other owner types (districts, state-owned enterprises, enterprises, universities) stay free text
 * for now, canonicalised when they name a known unit: districts and organisations get a directory of their own later.
 */
export function canonicalOwnerUnit(registration: Pick<ScenarioRegistration, 'ownerUnit' | 'ownerType' | 'taxonomyVersion'>): string {
  const written = registration.ownerUnit.trim();
  if (registration.ownerType !== 'municipal-department') return canonicalUnitName(written);
  const known = findUnit(registration.taxonomyVersion, written);
  if (known) return known.zhName;
  const endpoint = unitsEndpoint(registration.taxonomyVersion);
  const message = `${written} 不是分类 ${registration.taxonomyVersion} 中的市级责任单位，可选单位见 ${endpoint} ${written} is not a municipal responsible unit of taxonomy ${registration.taxonomyVersion}; ${endpoint} lists them (code, alias or name)`;
  throw new ScenarioRegistrationError('invalid', 'UNKNOWN_UNIT', `所属单位未知 Unknown owner unit: ${message}`, [{ path: 'ownerUnit', message }]);
}

type OwnedRegistration = Pick<ScenarioRegistration, 'ownerUnit' | 'ownerType' | 'taxonomyVersion'> & { district?: string };

/**
 * Who may register a scenario for which unit (pure: the caller, the registration). An officer registers for their own
 * unit only (403 naming it otherwise); a district officer (an officer with a district) district-owned scenarios of
 * their own district only (403 `NOT_OWN_DISTRICT` otherwise); the coordinator and administrators for any unit,
 * recorded as on behalf of it unless it is their own; every other role is refused (403). The role is checked first,
 * then the unit (400 when the taxonomy does not know a municipal department), then whether an officer names their own
 * unit or district.
 */
export function scenarioOwnership(registrant: ScenarioRegistrant, registration: OwnedRegistration): ScenarioOwnership {
  const actsForAnyUnit = registrant.roles.some((role) => ON_BEHALF_ROLES.includes(role));
  const officer = registrant.roles.includes('officer');
  if (!actsForAnyUnit && !officer) {
    const roles = registrant.roles.join(', ');
    throw new ScenarioRegistrationError(
      'forbidden',
      'FORBIDDEN',
      `只有本单位经办人员、统筹协调单位或管理员可以登记场景；您的角色：${roles || '无'} Only officers (for their own unit), the coordinator or an admin may register scenarios; your roles: ${roles || 'none'}`,
    );
  }
  const ownerUnit = canonicalOwnerUnit(registration);
  if (!actsForAnyUnit && registrant.district) return districtOwnership(registrant.id, registrant.district, registration, ownerUnit);
  const ownUnit = registrant.unit === null ? null : canonicalUnitName(registrant.unit);
  if (ownUnit === ownerUnit) return { ownerUnit, registeredBy: registrant.id, registeredOnBehalf: false };
  if (actsForAnyUnit) return { ownerUnit, registeredBy: registrant.id, registeredOnBehalf: true };
  throw new ScenarioRegistrationError(
    'forbidden',
    'NOT_OWN_UNIT',
    ownUnit === null
      ? `经办人员只能为本单位登记场景，您的账户不属于任何单位 Officers register scenarios for their own unit only, and your account belongs to no unit (not ${ownerUnit})`
      : `经办人员只能为本单位（${ownUnit}）登记场景，不能为${ownerUnit}登记 Officers register scenarios for their own unit only: yours is ${ownUnit}, not ${ownerUnit}`,
  );
}

/** A district officer registers the scenarios their district owns: owner type `district`, their district named. */
function districtOwnership(registrantId: string, district: string, registration: OwnedRegistration, ownerUnit: string): ScenarioOwnership {
  const named = registration.district?.trim() ?? '';
  if (registration.ownerType === 'district' && named === district) return { ownerUnit, registeredBy: registrantId, registeredOnBehalf: false };
  const what = registration.ownerType === 'district' ? `${named || '(未填写区县)'}` : `${ownerUnit}（${registration.ownerType}）`;
  throw new ScenarioRegistrationError(
    'forbidden',
    'NOT_OWN_DISTRICT',
    `区县经办人员只能为本区县（${district}）登记区县所属场景，不能为${what}登记 District officers register district-owned scenarios of their own district only: yours is ${district}, not ${named && registration.ownerType === 'district' ? named : `${ownerUnit} (${registration.ownerType})`}`,
  );
}
