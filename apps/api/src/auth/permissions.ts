import type { Role } from '@mou/persistence';

/** What a route needs. Routes ask for permissions; roles only appear in the map below. */
export enum Permission {
  CaseCreate = 'case:create',
  CaseRead = 'case:read',
  CaseAdvance = 'case:advance',
  CaseVerify = 'case:verify',
  CaseAssign = 'case:assign',
  DeadlineManage = 'deadline:manage',
  ApprovalRead = 'approval:read',
  ApprovalDecide = 'approval:decide',
  EscalationRead = 'escalation:read',
  EscalationAcknowledge = 'escalation:acknowledge',
  FacilityRead = 'facility:read',
  FacilityCreate = 'facility:create',
  FacilityUnblock = 'facility:unblock',
  ReferenceDataRead = 'reference:read',
  EntryFile = 'entry:file',
  EntryRead = 'entry:read',
  EntryRespond = 'entry:respond',
  EntryDecide = 'entry:decide',
  ScreeningCheck = 'screening:check',
  UserRead = 'user:read',
  ProfileRead = 'profile:read',
}

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  investigator: [
    Permission.CaseCreate,
    Permission.CaseRead,
    Permission.CaseAdvance,
    Permission.FacilityRead,
    Permission.FacilityCreate,
    Permission.ReferenceDataRead,
    Permission.ProfileRead,
  ],
  supervisor: [
    Permission.CaseCreate,
    Permission.CaseRead,
    Permission.CaseAdvance,
    Permission.CaseVerify,
    Permission.CaseAssign,
    Permission.FacilityUnblock,
    Permission.DeadlineManage,
    Permission.ApprovalRead,
    Permission.ApprovalDecide,
    Permission.EscalationRead,
    Permission.EscalationAcknowledge,
    Permission.EntryRead,
    Permission.EntryDecide,
    Permission.ScreeningCheck,
    Permission.FacilityRead,
    Permission.FacilityCreate,
    Permission.ReferenceDataRead,
    Permission.UserRead,
    Permission.ProfileRead,
  ],
  policy: [Permission.FacilityRead, Permission.ReferenceDataRead, Permission.ProfileRead],
  importer: [Permission.ReferenceDataRead, Permission.ProfileRead, Permission.EntryFile, Permission.EntryRead, Permission.EntryRespond, Permission.ScreeningCheck],
  admin: [Permission.FacilityRead, Permission.FacilityCreate, Permission.ReferenceDataRead, Permission.UserRead, Permission.CaseVerify, Permission.ProfileRead],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}
