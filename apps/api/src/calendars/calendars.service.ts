import { BadRequestException, ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { changeClosureDay, type HolidayCalendar } from '@mou/domain';
import { calendarVersions, currentCalendar, entriesWithOpenClocks, insertCalendarVersion } from '@mou/persistence';
import { entryWorkflowId } from '@mou/temporal';
import { calendarChangedUpdate } from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { AuditService } from '../common/audit.service';
import { CalendarChangedDto, CalendarDto, ChangeClosureDayDto } from './calendars.dto';

const DAY_MS = 86_400_000;

/**
 * Holiday calendars as versioned data (docs/domain.md §4): an administrator closes or reopens a
 * day, which stores a new version and hands it to every open entry's workflow, which re-projects
 * its business-day clock and records the move.
 */
@Injectable()
export class CalendarsService {
  private readonly logger = new Logger('Calendars');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<CalendarDto> {
    const calendar = await currentCalendar(this.dataSource, id);
    if (!calendar) throw new NotFoundException(`Calendar ${id} was not found`);
    const versions = await calendarVersions(this.dataSource, id);
    const since = new Date(Date.now() - 365 * DAY_MS).toISOString().slice(0, 10);
    return {
      id,
      version: calendar.version,
      upcoming: calendar.holidays.filter((d) => d >= since),
      versions: versions.map((v) => ({ ...v, createdAt: v.createdAt ? new Date(v.createdAt).toISOString() : null })),
    };
  }

  async change(user: AuthUser, id: string, dto: ChangeClosureDayDto, action: 'close' | 'reopen'): Promise<CalendarChangedDto> {
    const current = await currentCalendar(this.dataSource, id);
    if (!current) throw new NotFoundException(`Calendar ${id} was not found`);
    const result = changeClosureDay(current, dto.date, action);
    if ('refused' in result) {
      if (/not a real date/.test(result.refused)) throw new BadRequestException({ message: `Invalid input: date`, fields: { date: [result.refused] } });
      throw new ConflictException({ message: result.refused, reason: 'CalendarUnchanged' });
    }
    const change = { added: action === 'close' ? [dto.date] : [], removed: action === 'reopen' ? [dto.date] : [], reason: dto.reason.trim() };
    if (!(await insertCalendarVersion(this.dataSource, result.calendar, change, user.id))) {
      throw new ConflictException({ message: `Version ${result.calendar.version} of ${id} was just made by someone else: reload and try again.`, reason: 'CalendarChanged' });
    }
    await this.audit.record({ actorId: user.id, action: `calendar.${action}`, outcome: 'success', target: `${id}@${result.calendar.version}`, details: change });
    const entriesTold = await this.tellOpenEntries(result.calendar, user);
    return { ...(await this.get(id)), entriesTold };
  }

  /** Hands the new version to every entry with an open clock; an entry that has just closed is skipped. */
  private async tellOpenEntries(calendar: HolidayCalendar, user: AuthUser): Promise<number> {
    let told = 0;
    for (const entryId of await entriesWithOpenClocks(this.dataSource)) {
      try {
        await this.temporal.workflow.getHandle(entryWorkflowId(entryId)).executeUpdate(calendarChangedUpdate, { args: [{ calendar, actor: { id: user.id, role: user.role } }] });
        told++;
      } catch (error) {
        this.logger.warn(`Entry ${entryId} did not take calendar ${calendar.id} v${calendar.version}: ${(error as Error).message}`);
      }
    }
    return told;
  }
}
