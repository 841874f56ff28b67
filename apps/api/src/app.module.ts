import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@mou/config';
import { PersistenceModule } from '@mou/persistence';
import { TemporalClientModule } from '@mou/temporal';
import { ApprovalsModule } from './approvals/approvals.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BoardModule } from './board/board.module';
import { CasesModule } from './cases/cases.module';
import { CommonModule } from './common/common.module';
import { EntriesModule } from './entries/entries.module';
import { EscalationsModule } from './escalations/escalations.module';
import { EventsModule } from './events/events.module';
import { FacilitiesModule } from './facilities/facilities.module';
import { HealthModule } from './health/health.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrdersModule } from './orders/orders.module';
import { ImportsModule } from './imports/imports.module';
import { DocumentsModule } from './documents/documents.module';
import { ReviewsModule } from './reviews/reviews.module';
import { CalendarsModule } from './calendars/calendars.module';
import { SettingsModule } from './settings/settings.module';
import { RulesModule } from './rules/rules.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        PersistenceModule.forRoot(config.DATABASE_URL),
        TemporalClientModule.forRoot({
          address: config.TEMPORAL_ADDRESS,
          namespace: config.TEMPORAL_NAMESPACE,
          taskQueue: config.TEMPORAL_TASK_QUEUE,
        }),
        CommonModule,
        HealthModule,
        AuthModule,
        CasesModule,
        ApprovalsModule,
        EscalationsModule,
        EntriesModule,
        BoardModule,
        NotificationsModule,
        EventsModule,
        FacilitiesModule,
        ReviewsModule,
        CalendarsModule,
        SettingsModule,
        RulesModule,
        UsersModule,
        AuditModule,
        ImportsModule,
        DocumentsModule,
        OrdersModule,
      ],
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}
