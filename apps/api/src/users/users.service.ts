import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayHoldCases } from '@mou/domain';
import { UserRepository } from '@mou/persistence';
import { UserQueryDto, UserSummaryDto } from './users.dto';

@Injectable()
export class UsersService {
  private readonly users: UserRepository;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.users = new UserRepository(dataSource);
  }

  /** Active users, by role and name, each saying whether a case may be assigned to them. */
  async list(query: UserQueryDto): Promise<UserSummaryDto[]> {
    const rows = await this.users.listActive(query.role);
    return rows.map((u) => ({ id: u.id, displayName: u.displayName, role: u.role, email: u.email, mayHoldCases: mayHoldCases(u.role) }));
  }
}
