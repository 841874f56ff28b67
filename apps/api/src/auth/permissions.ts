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
  /** Facilities in aggregate: status and dates, without cases or reasons (policy staff). */
  FacilityAggregate = 'facility:aggregate',
  /** Set the names a facility goes by: aliases, Chinese name, pinyin (screening matches them). */
  FacilityNames = 'facility:names',
  ReferenceDataRead = 'reference:read',
  ReferenceDataManage = 'reference:manage',
  EntryFile = 'entry:file',
  EntryRead = 'entry:read',
  EntryRespond = 'entry:respond',
  EntryDecide = 'entry:decide',
  ScreeningCheck = 'screening:check',
  UserRead = 'user:read',
  ProfileRead = 'profile:read',
  DeadlineBoard = 'deadline:board',
  CaseExport = 'case:export',
  InboxRead = 'inbox:read',
  EventsStream = 'events:stream',
  ReviewStart = 'review:start',
  ReviewRead = 'review:read',
  ReviewReportRead = 'review:report',
  ReviewSignOff = 'review:sign-off',
  ReviewWhatIf = 'review:what-if',
  /** Change one's own password (every role). */
  PasswordChange = 'profile:password',
  /** Invite people, change their roles, reset their passwords, deactivate them; keep the importers. */
  UserManage = 'user:manage',
  /** Read and export the audit log. */
  AuditRead = 'audit:read',
  /** Verify the hash chain of a facility's or an entry's event log. */
  ChainVerify = 'chain:verify',
  ImportRun = 'import:run',
  DocumentRead = 'document:read',
  /** Save a new version of the rules as settings (budgets, ladders, review thresholds). */
  SettingsManage = 'settings:manage',
  /** Read the register of Withhold Release Orders and Findings, order by order. */
  OrderRead = 'order:read',
  /** Propose an order, or ask to modify or revoke one. */
  OrderRequest = 'order:request',
  /** Decide a request on an order (four-eyes). */
  OrderDecide = 'order:decide',
  /** The register in aggregate: counts, no case or reason. */
  OrderAggregate = 'order:aggregate',
  /** See the e-mails that could not be delivered after their last attempt, and send them again. */
  FailedMailManage = 'mail:failed',
}

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  investigator: [
    Permission.CaseCreate,
    Permission.CaseRead,
    Permission.CaseVerify,
    Permission.CaseAdvance,
    Permission.FacilityRead,
    Permission.FacilityCreate,
    Permission.ReferenceDataRead,
    Permission.ProfileRead,
    Permission.PasswordChange,
    Permission.InboxRead,
    Permission.EventsStream,
    Permission.DocumentRead,
  ],
  supervisor: [
    Permission.CaseCreate,
    Permission.CaseRead,
    Permission.CaseAdvance,
    Permission.CaseVerify,
    Permission.CaseAssign,
    Permission.FacilityUnblock,
    Permission.FacilityNames,
    Permission.DeadlineManage,
    Permission.ApprovalRead,
    Permission.ApprovalDecide,
    Permission.EscalationRead,
    Permission.EscalationAcknowledge,
    Permission.DeadlineBoard,
    Permission.CaseExport,
    Permission.EntryRead,
    Permission.EntryDecide,
    Permission.ScreeningCheck,
    Permission.FacilityRead,
    Permission.FacilityCreate,
    Permission.ReferenceDataRead,
    Permission.UserRead,
    Permission.ProfileRead,
    Permission.PasswordChange,
    Permission.InboxRead,
    Permission.EventsStream,
    Permission.DocumentRead,
    Permission.OrderRead,
    Permission.OrderRequest,
    Permission.OrderDecide,
    Permission.OrderAggregate,
  ],
  policy: [Permission.FacilityAggregate, Permission.ReferenceDataRead, Permission.ProfileRead, Permission.PasswordChange, Permission.InboxRead, Permission.EventsStream, Permission.ReviewRead, Permission.ReviewReportRead, Permission.ReviewSignOff, Permission.ReviewWhatIf, Permission.OrderAggregate],
  importer: [Permission.ReferenceDataRead, Permission.ProfileRead, Permission.PasswordChange, Permission.EntryFile, Permission.EntryRead, Permission.EntryRespond, Permission.ScreeningCheck, Permission.InboxRead, Permission.EventsStream, Permission.DocumentRead],
  admin: [
    Permission.ReferenceDataManage,
    Permission.FacilityRead,
    Permission.FacilityCreate,
    Permission.ReferenceDataRead,
    Permission.UserRead,
    Permission.UserManage,
    Permission.AuditRead,
    Permission.CaseVerify,
    Permission.ChainVerify,
    Permission.ProfileRead,
    Permission.PasswordChange,
    Permission.InboxRead,
    Permission.EventsStream,
    Permission.ReviewStart,
    Permission.ReviewRead,
    Permission.ImportRun,
    Permission.SettingsManage,
    Permission.FailedMailManage,
  ],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}
