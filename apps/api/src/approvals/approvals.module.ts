import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';
import { EscalationsController } from '../escalations/escalations.controller';
import { EscalationsService } from '../escalations/escalations.service';

@Module({ imports: [CasesModule, FacilitiesModule], controllers: [ApprovalsController, EscalationsController], providers: [ApprovalsService, EscalationsService] })
export class ApprovalsModule {}
