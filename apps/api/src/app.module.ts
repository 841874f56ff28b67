import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@mou/config';
import { PersistenceModule } from '@mou/persistence';
import { TemporalClientModule } from '@mou/temporal';
import { ApprovalsModule } from './approvals/approvals.module';
import { AuthModule } from './auth/auth.module';
import { BoardModule } from './board/board.module';
import { CasesModule } from './cases/cases.module';
import { CommonModule } from './common/common.module';
import { EntriesModule } from './entries/entries.module';
import { EventsModule } from './events/events.module';
import { FacilitiesModule } from './facilities/facilities.module';
import { NotificationsModule } from './notifications/notifications.module';
import { HealthController } from './health/health.controller';
import { ImportsModule } from './imports/imports.module';
import { DocumentsModule } from './documents/documents.module';
import { ReviewsModule } from './reviews/reviews.module';
import { RulesModule } from './rules/rules.module';

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
        AuthModule,
        CasesModule,
        ApprovalsModule,
        EntriesModule,
        BoardModule,
        NotificationsModule,
        EventsModule,
        FacilitiesModule,
        ReviewsModule,
        RulesModule,
        ImportsModule,
        DocumentsModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}
