import { certificationFindings, type EntryCertification } from './certification';
import type { ManufacturerMatch, NameField } from './manufacturer-match';

/** A facility's status shared by all its cases (docs/domain.md §6); UNKNOWN: not in the register. */
export type ManufacturerStatus = 'NONE' | 'UNDER_INVESTIGATION' | 'ACCESS_DENIED' | 'BLOCKED' | 'CLEARED' | 'UNKNOWN';

/** A Withhold Release Order (19 CFR 12.42(e)) or a Finding (12.42(f)) in force on the manufacturer. */
export interface EnforcementOrderFact {
  reference: string;
  kind: 'WRO' | 'FINDING';
  /** Product category codes it covers; empty: every good from the facility. */
  productCategories: string[];
  /** First day (YYYY-MM-DD, UTC) of importation it covers. */
  effectiveFrom: string;
}

/** The legal basis each kind of order rests on (docs/domain.md §6). */
export const ORDER_LEGAL_BASIS: Readonly<Record<EnforcementOrderFact['kind'], string>> = Object.freeze({
  WRO: '19 CFR 12.42(e)',
  FINDING: '19 CFR 12.42(f)',
});

const ORDER_TITLE: Readonly<Record<EnforcementOrderFact['kind'], string>> = Object.freeze({
  WRO: 'Withhold Release Order',
  FINDING: 'Finding',
});

export interface ScreeningInput {
  manufacturer: { facilityId: string | null; name: string; status: ManufacturerStatus };
  /** Null when the goods match no category of the reference data. */
  productCategory: { code: string; highRisk: boolean } | null;
  certification: EntryCertification;
  importedAt: number;
  /** The ACTIVE orders and findings on the manufacturer (none when it is not in the register). */
  orders?: EnforcementOrderFact[];
  /** How the declared name matched a registered facility, and whether a supervisor has decided a near miss. */
  nameMatch?: (ManufacturerMatch & { resolved?: boolean }) | null;
}

const FIELD_LABEL: Readonly<Record<NameField, string>> = Object.freeze({
  NAME: 'registered name',
  ALIAS: 'alias',
  CHINESE_NAME: 'Chinese name',
  PINYIN: 'pinyin',
});

/**
 * A declared name that comes close to a registered facility's without matching it is held until
 * a supervisor confirms the facility or clears the match (docs/domain.md §6).
 */
function nameReasons({ manufacturer, nameMatch }: ScreeningInput): ScreeningReason[] {
  if (!nameMatch || nameMatch.how !== 'NEAR' || nameMatch.resolved) return [];
  return [
    {
      code: 'NAME_NEAR_MATCH',
      text: `The declared manufacturer, ${manufacturer.name.trim()}, comes close to "${nameMatch.matchedName}" (${FIELD_LABEL[nameMatch.field]} of registered facility ${nameMatch.facilityName}) without matching it; held until a supervisor confirms or clears the match.`,
    },
  ];
}

export type ScreeningReasonCode =
  | 'BLOCKED_MANUFACTURER'
  | 'CERTIFICATION_MISSING'
  | 'CERTIFICATION_INCOMPLETE'
  | 'HIGH_RISK_UNDER_INVESTIGATION'
  | 'ACCESS_DENIED_MANUFACTURER'
  | 'UNKNOWN_CATEGORY'
  | 'ENFORCEMENT_ORDER'
  | 'NAME_NEAR_MATCH';

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
export const SCREENING_VERSION = 'entry-screening-v3';

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

/**
 * Whether an order covers the goods: they were imported on or after its first day, and it names
 * their category or covers every good. Goods of no known category are covered by any order on
 * their manufacturer: whether they fall outside it cannot be told, so screening fails closed.
 */
export function orderCovers(order: EnforcementOrderFact, productCategory: ScreeningInput['productCategory'], importedAt: number): boolean {
  if (importedAt < Date.parse(`${order.effectiveFrom}T00:00:00Z`)) return false;
  return order.productCategories.length === 0 || productCategory === null || order.productCategories.includes(productCategory.code);
}

function orderReasons({ manufacturer, productCategory, importedAt, orders = [] }: ScreeningInput): ScreeningReason[] {
  const who = manufacturerLabel(manufacturer);
  return orders
    .filter((order) => orderCovers(order, productCategory, importedAt))
    .map((order) => {
      const goods = order.productCategories.length === 0 ? 'all goods' : `goods in ${order.productCategories.join(', ')}`;
      return {
        code: 'ENFORCEMENT_ORDER' as const,
        ref: order.reference,
        text: `${ORDER_TITLE[order.kind]} ${order.reference} (${ORDER_LEGAL_BASIS[order.kind]}) covers ${goods} from ${who} imported on or after ${order.effectiveFrom}.`,
      };
    });
}

function certificationReasons({ certification, importedAt }: ScreeningInput): ScreeningReason[] {
  return certificationFindings(certification, importedAt).map((finding) => ({
    code: finding.kind === 'MISSING' ? 'CERTIFICATION_MISSING' : 'CERTIFICATION_INCOMPLETE',
    text: finding.text,
  }));
}

/**
 * Immediate screening of a filed entry (docs/domain.md §6, decision due under 19 CFR 151.16(b)): a
 * blocked manufacturer, a declared name that only comes close to a registered facility's, an
 * order or finding in force that covers the goods (19 CFR 12.42(e), (f)), a missing or incomplete certification (19 CFR 12.43), or a high-risk category from a
 * facility under investigation detains the entry (19 CFR 12.42); otherwise it is released. Every
 * ground is listed, so that lifting one (an unblocked facility, a revoked order) shows whether
 * others still hold the entry.
 */
export function screenEntry(input: ScreeningInput): ScreeningResult {
  const reasons = [...manufacturerReasons(input), ...nameReasons(input), ...orderReasons(input), ...certificationReasons(input)];
  return { decision: reasons.length > 0 ? 'DETAIN' : 'RELEASE', reasons, screeningVersion: SCREENING_VERSION };
}

/**
 * Grounds that hold an entry for CBP's decision rather than detain it (docs/domain.md §6): a
 * supervisor decides them within the decision window (19 CFR 151.16(b)).
 */
export const DECISION_GROUNDS: readonly ScreeningReasonCode[] = Object.freeze(['NAME_NEAR_MATCH']);

/**
 * What screening does with an entry on these grounds: releases it at once when there are none,
 * holds it for a supervisor's decision when every ground is one a supervisor decides (a near
 * match of its manufacturer's name), and otherwise detains it (docs/domain.md §4, §6).
 */
export function screeningOutcome(reasons: readonly ScreeningReason[]): 'RELEASE' | 'AWAIT_DECISION' | 'DETAIN' {
  if (reasons.length === 0) return 'RELEASE';
  return reasons.every((r) => DECISION_GROUNDS.includes(r.code)) ? 'AWAIT_DECISION' : 'DETAIN';
}

/**
 * Whether the entry is held on `code` and on nothing else: when a facility is unblocked, exactly
 * these entries are released (docs/domain.md §6); others stay held on their remaining grounds.
 */
export function reasonsHeldOnlyFor(result: ScreeningResult, code: ScreeningReasonCode): boolean {
  return result.decision === 'DETAIN' && result.reasons.length > 0 && result.reasons.every((reason) => reason.code === code);
}
