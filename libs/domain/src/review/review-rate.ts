/**
 * numerator ÷ denominator, or null when the denominator is 0: "no visit was requested" is not a
 * rate of 0 (which would read as total refusal) nor of 1. The decision rule says how it treats
 * a null rate (decision-rule.ts).
 */
export function reviewRate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
