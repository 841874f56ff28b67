import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '@mou/config';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [AppConfig],
      // One file per request, held in memory up to DOCUMENT_MAX_BYTES (413 above it), then stored in PostgreSQL.
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.DOCUMENT_MAX_BYTES, files: 1, fields: 0, parts: 1 } }),
    }),
  ],
  controllers: [DocumentsController],
  providers: [DocumentsService],
  exports: [DocumentsService],
})
export class DocumentsModule {}
