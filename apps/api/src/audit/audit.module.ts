import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { ChainVerificationController } from './chain-verification.controller';
import { RecordVerificationController } from './record-verification.controller';

@Module({ controllers: [AuditController, ChainVerificationController, RecordVerificationController] })
export class AuditModule {}
