/**
 * Matching a declared manufacturer against the registered facilities (docs/domain.md §6): every
 * name a facility goes by (registered name, aliases, Chinese name, pinyin) is compared after
 * normalisation, and a name that comes close without matching is held for a supervisor.
 */

/** Which of a facility's names the declared one matched. */
export type NameField = 'NAME' | 'ALIAS' | 'CHINESE_NAME' | 'PINYIN';

/**
 * How it matched: EXACT, the same characters once trimmed; NORMALISED, the same after
 * `normaliseName`; NEAR, within `NEAR_MATCH_MAX_EDITS_PER_CHARACTER` of it (a near miss).
 */
export type MatchHow = 'EXACT' | 'NORMALISED' | 'NEAR';

/** The names a registered facility goes by. */
export interface RegisteredFacilityNames {
  id: string;
  name: string;
  aliases: string[];
  chineseName: string | null;
  pinyin: string | null;
}

export interface ManufacturerMatch {
  facilityId: string;
  /** The facility's registered name. */
  facilityName: string;
  /** The facility's name that matched, as registered. */
  matchedName: string;
  field: NameField;
  how: MatchHow;
  /** Edits between the normalised names: 0 unless NEAR. */
  edits: number;
}

/**
 * A declared name is a near miss of a registered one when the normalised names differ by at most
 * this many single-character edits (insertions, deletions, substitutions) per character of the
 * longer of the two, and by at least one. 0.2: one edit in five characters, so a one-character
 * slip in a six-character Chinese name ("山东服装厂" against "山东服装一厂") or a transposed pair
 * of letters in a ten-letter word is held, while names that merely share a word are not.
 */
export const NEAR_MATCH_MAX_EDITS_PER_CHARACTER = 0.2;

/**
 * Names shorter than this (normalised) are never near misses: for them one edit is too large a
 * share of the name to say anything about it.
 */
export const NEAR_MATCH_MIN_LENGTH = 5;

/**
 * A name as it is compared: Unicode NFKC (full-width letters, digits and punctuation fold to
 * their usual forms), lower case, accents and tone marks dropped (Shāndōng → shandong), and every
 * character that is not a letter or a digit removed: punctuation, symbols and spacing, so that
 * "Jinan Hydraulic-Press Works" and "JINAN HYDRAULIC PRESS WORKS" are the same name.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Levenshtein distance over code points, or `limit + 1` as soon as it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[y.length];
}

/** Whether two normalised names are a near miss, and by how many edits (null when not). */
export function nearMiss(declared: string, registered: string): number | null {
  const longer = Math.max([...declared].length, [...registered].length);
  if (declared === registered || longer < NEAR_MATCH_MIN_LENGTH) return null;
  const allowed = Math.floor(longer * NEAR_MATCH_MAX_EDITS_PER_CHARACTER);
  if (allowed < 1) return null;
  const edits = editDistance(declared, registered, allowed);
  return edits <= allowed ? edits : null;
}

function namesOf(facility: RegisteredFacilityNames): { field: NameField; name: string }[] {
  return [
    { field: 'NAME' as const, name: facility.name },
    ...facility.aliases.map((name) => ({ field: 'ALIAS' as const, name })),
    ...(facility.chineseName ? [{ field: 'CHINESE_NAME' as const, name: facility.chineseName }] : []),
    ...(facility.pinyin ? [{ field: 'PINYIN' as const, name: facility.pinyin }] : []),
  ].filter((n) => n.name.trim() !== '');
}

const RANK: Record<MatchHow, number> = { EXACT: 0, NORMALISED: 1, NEAR: 2 };

/**
 * The registered facility a declared manufacturer names, and how; null when no name of any
 * facility matches or comes near. An exact match beats a normalised one, which beats a near miss;
 * among near misses the fewest edits win; on a tie the facility listed first (registered first)
 * and, within it, the field listed first (name, aliases, Chinese name, pinyin).
 */
export function matchManufacturer(declared: string, facilities: readonly RegisteredFacilityNames[]): ManufacturerMatch | null {
  const trimmed = declared.trim();
  const normalised = normaliseName(declared);
  if (!normalised) return null;
  let best: ManufacturerMatch | null = null;
  const better = (candidate: ManufacturerMatch) =>
    best === null || RANK[candidate.how] < RANK[best.how] || (candidate.how === best.how && candidate.edits < best.edits);
  for (const facility of facilities) {
    for (const { field, name } of namesOf(facility)) {
      const base = { facilityId: facility.id, facilityName: facility.name, matchedName: name, field };
      const registered = normaliseName(name);
      let candidate: ManufacturerMatch | null = null;
      if (name.trim() === trimmed) candidate = { ...base, how: 'EXACT', edits: 0 };
      else if (registered === normalised) candidate = { ...base, how: 'NORMALISED', edits: 0 };
      else {
        const edits = nearMiss(normalised, registered);
        if (edits !== null) candidate = { ...base, how: 'NEAR', edits };
      }
      if (candidate && better(candidate)) best = candidate;
    }
  }
  return best;
}
