import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { OrdersModule } from '../orders/orders.module';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';

@Module({ imports: [CasesModule, FacilitiesModule, OrdersModule], controllers: [ApprovalsController], providers: [ApprovalsService] })
export class ApprovalsModule {}
