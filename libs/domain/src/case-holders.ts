/**
 * Who may hold a case (docs/domain.md §2): investigators, who work the cases assigned to them, and
 * supervisors, who may take one themselves. Policy analysts, importers and administrators never do.
 */
export const CASE_HOLDER_ROLES: readonly string[] = Object.freeze(['investigator', 'supervisor']);

/** Whether a user of `role` may be assigned a case. */
export function mayHoldCases(role: string): boolean {
  return CASE_HOLDER_ROLES.includes(role);
}
