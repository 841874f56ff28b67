import { certificationFindings, type EntryCertification } from './certification';

/** A facility's status shared by all its cases (docs/domain.md §6); UNKNOWN: not in the register. */
export type ManufacturerStatus = 'NONE' | 'UNDER_INVESTIGATION' | 'ACCESS_DENIED' | 'BLOCKED' | 'CLEARED' | 'UNKNOWN';

export interface ScreeningInput {
  manufacturer: { facilityId: string | null; name: string; status: ManufacturerStatus };
  /** Null when the goods match no category of the reference data. */
  productCategory: { code: string; highRisk: boolean } | null;
  certification: EntryCertification;
  importedAt: number;
}

export type ScreeningReasonCode =
  | 'BLOCKED_MANUFACTURER'
  | 'CERTIFICATION_MISSING'
  | 'CERTIFICATION_INCOMPLETE'
  | 'HIGH_RISK_UNDER_INVESTIGATION'
  | 'ACCESS_DENIED_MANUFACTURER'
  | 'UNKNOWN_CATEGORY'
  | 'ENFORCEMENT_ORDER';

export interface ScreeningReason {
  code: ScreeningReasonCode;
  text: string;
  /** Which order or finding raised the ground, when several of one code can hold an entry. */
  ref?: string;
}

export interface ScreeningResult {
  decision: 'RELEASE' | 'DETAIN';
  /** Every ground for detention, not only the first; empty when released. */
  reasons: ScreeningReason[];
  screeningVersion: string;
}

/**
 * Recorded with every decision so that a stored detention says which rules produced it. Change
 * it whenever a rule below changes.
 */
export const SCREENING_VERSION = 'entry-screening-v1';

function manufacturerLabel(manufacturer: ScreeningInput['manufacturer']): string {
  const name = manufacturer.name.trim() || 'the named manufacturer';
  return manufacturer.facilityId ? `${name} (facility ${manufacturer.facilityId})` : name;
}

function manufacturerReasons({ manufacturer, productCategory }: ScreeningInput): ScreeningReason[] {
  const who = manufacturerLabel(manufacturer);
  switch (manufacturer.status) {
    case 'BLOCKED':
      return [{ code: 'BLOCKED_MANUFACTURER', text: `The manufacturer, ${who}, is blocked: US inspectors were denied access to it.` }];
    case 'ACCESS_DENIED':
      // Our decision: access was refused but a supervisor has not yet confirmed the block
      // (docs/domain.md §5). Detention is undone by a release; a release cannot be undone once the
      // goods leave CBP custody. So the entry is held, whatever its category, and released on
      // re-screening if the refusal is not confirmed.
      return [
        {
          code: 'ACCESS_DENIED_MANUFACTURER',
          text: `US inspectors were refused access to the manufacturer, ${who}; the entry is held while blocking the facility is decided.`,
        },
      ];
    case 'UNDER_INVESTIGATION':
      if (productCategory === null) {
        // Fails closed: whether the goods are high-risk cannot be told, and the facility is suspect.
        return [
          {
            code: 'UNKNOWN_CATEGORY',
            text: `The manufacturer, ${who}, is under investigation and the goods match no known product category, so they cannot be ruled low-risk.`,
          },
        ];
      }
      if (productCategory.highRisk) {
        return [
          {
            code: 'HIGH_RISK_UNDER_INVESTIGATION',
            text: `The goods are in high-risk category ${productCategory.code} and their manufacturer, ${who}, is under investigation.`,
          },
        ];
      }
      return [];
    // NONE, CLEARED and UNKNOWN carry no ground: the register lists suspect facilities, so not
    // being in it is no reason to detain; the certification is what the importer answers for.
    default:
      return [];
  }
}

function certificationReasons({ certification, importedAt }: ScreeningInput): ScreeningReason[] {
  return certificationFindings(certification, importedAt).map((finding) => ({
    code: finding.kind === 'MISSING' ? 'CERTIFICATION_MISSING' : 'CERTIFICATION_INCOMPLETE',
    text: finding.text,
  }));
}

/**
 * Immediate screening of a filed entry (docs/domain.md §6, decision due under 19 CFR 151.16(b)): a
 * blocked manufacturer, a missing or incomplete certification (19 CFR 12.43), or a high-risk
 * category from a facility under investigation detains the entry (19 CFR 12.42); otherwise it is
 * released. Every ground is listed, so that lifting one (an unblocked facility) shows whether
 * others still hold the entry.
 */
export function screenEntry(input: ScreeningInput): ScreeningResult {
  const reasons = [...manufacturerReasons(input), ...certificationReasons(input)];
  return { decision: reasons.length > 0 ? 'DETAIN' : 'RELEASE', reasons, screeningVersion: SCREENING_VERSION };
}

/**
 * Whether the entry is held on `code` and on nothing else: when a facility is unblocked, exactly
 * these entries are released (docs/domain.md §6); others stay held on their remaining grounds.
 */
export function reasonsHeldOnlyFor(result: ScreeningResult, code: ScreeningReasonCode): boolean {
  return result.decision === 'DETAIN' && result.reasons.length > 0 && result.reasons.every((reason) => reason.code === code);
}
