import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { ChainVerificationController } from './chain-verification.controller';

@Module({ controllers: [AuditController, ChainVerificationController] })
export class AuditModule {}
