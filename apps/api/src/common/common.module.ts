import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { RecordAccessService } from './record-access.service';

@Global()
@Module({ providers: [AuditService, RecordAccessService], exports: [AuditService, RecordAccessService] })
export class CommonModule {}
