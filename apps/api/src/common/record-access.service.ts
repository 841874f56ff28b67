import { Injectable } from '@nestjs/common';
import type { CaseScope, EntryScope, EventAnnouncement } from '@mou/persistence';
import type { AuthUser } from '../auth/auth.decorators';

/**
 * Row-level access, decided once for a record's detail, for lists and for the live stream
 * (docs/domain.md §2): an investigator reaches only the cases assigned to them, an importer's users
 * the entries of their importer (organisation); supervisors every case, entry and facility; policy staff the reviews; everyone
 * else the facilities. What a role may do at all is the route's permission; this narrows the rows.
 */
@Injectable()
export class RecordAccessService {
  /** The cases `user` may see in a list or a detail. */
  caseScope(user: AuthUser): CaseScope {
    return user.role === 'investigator' ? { assigneeId: user.id } : {};
  }

  /** The entries `user` may see in a list or a detail. */
  entryScope(user: AuthUser): EntryScope {
    if (user.role !== 'importer') return {};
    return user.organisationId ? { importerOrgId: user.organisationId } : { importerId: user.id };
  }

  /** Whether `user` hears a committed event on the live stream: the same rows as above, by stream. */
  mayHear(user: AuthUser, event: EventAnnouncement): boolean {
    // That someone's sessions ended is for the API alone (it closes their streams), never a record to hear of.
    if (event.stream === 'session') return false;
    switch (user.role) {
      case 'supervisor':
        return event.stream !== 'review';
      case 'investigator':
        return event.stream === 'case' && event.assigneeId === this.caseScope(user).assigneeId;
      case 'importer':
        return event.stream === 'entry' && (user.organisationId ? event.importerOrgId === user.organisationId : event.importerId === user.id);
      case 'policy':
        return event.stream === 'review';
      default:
        return event.stream === 'facility';
    }
  }
}
