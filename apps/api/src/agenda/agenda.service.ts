import { BadRequestException, ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { daysOverdue, meetingForItem } from '@mou/domain';
import { AgendaRepository, type BilateralMeetingRow } from '@mou/persistence';
import type { AuthUser } from '../auth/auth.decorators';
import { Permission, roleHas } from '../auth/permissions';
import { AuditService } from '../common/audit.service';
import { AgendaDto, BilateralMeetingDto, SetMeetingDto } from './agenda.dto';

const NEXT_MEETING = 'the next meeting';
const meetingDto = (m: BilateralMeetingRow): BilateralMeetingDto => ({ id: m.id, heldOn: m.heldOn, setBy: m.setBy });

/**
 * The agenda of the bilateral meetings (docs/domain.md §5): the day-90 senior escalation of a PRC clock
 * puts the case there until the PRC answers or the case ends. Policy staff see no investigative detail.
 */
@Injectable()
export class AgendaService {
  private readonly agenda: AgendaRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {
    this.agenda = new AgendaRepository(dataSource);
  }

  async get(user: AuthUser): Promise<AgendaDto> {
    const now = Date.now();
    const today = new Date(now).toISOString().slice(0, 10);
    const [items, meetings] = await Promise.all([this.agenda.items(), this.agenda.meetings()]);
    const upcoming = meetings.filter((m) => m.heldOn >= today);
    // Supervisors work the cases; everyone else reads the agenda without the case behind it.
    const showsCases = roleHas(user.role, Permission.CaseRead) && roleHas(user.role, Permission.NoteManage);
    return {
      nextMeeting: upcoming[0] ? meetingDto(upcoming[0]) : null,
      upcomingMeetings: upcoming.map(meetingDto),
      maySetMeeting: roleHas(user.role, Permission.AgendaManage),
      showsCases,
      items: items.map((item) => {
        const meeting = meetingForItem(meetings, item.placedAt.getTime(), now);
        return {
          facilityName: item.facilityName,
          obligation: item.clockTitle,
          legalBasis: item.legalBasis,
          requestedAt: item.requestedAt.toISOString(),
          dueAt: item.dueAt?.toISOString() ?? null,
          daysOverdue: daysOverdue(item.dueAt?.getTime() ?? null, now),
          placedAt: item.placedAt.toISOString(),
          meeting: meeting ? meetingDto(meeting) : null,
          meetingLabel: meeting ? meeting.heldOn : NEXT_MEETING,
          ...(showsCases ? { caseId: item.caseId, caseReference: item.caseReference, allegationSummary: item.allegationSummary } : {}),
        };
      }),
    };
  }

  /** Sets a meeting date: today or later (400), once per date (409). */
  async setMeeting(user: AuthUser, dto: SetMeetingDto): Promise<AgendaDto> {
    const today = new Date().toISOString().slice(0, 10);
    if (dto.heldOn < today) throw new BadRequestException({ message: 'Invalid input: heldOn', fields: { heldOn: [`the meeting date must be today (${today}) or later`] } });
    const saved = await this.agenda.addMeeting(dto.heldOn, user.id);
    if (!saved) throw new ConflictException({ message: `A bilateral meeting on ${dto.heldOn} is already set.`, reason: 'MeetingExists' });
    await this.audit.record({ actorId: user.id, action: 'agenda.meeting.set', outcome: 'success', target: `meeting@${dto.heldOn}`, details: { heldOn: dto.heldOn } });
    return this.get(user);
  }
}
