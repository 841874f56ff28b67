import { Controller, Get, HttpCode, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiErrors, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import { DocumentDto, DocumentVerificationDto } from './documents.dto';
import { DocumentsService, type UploadedFile as File } from './documents.service';

const UPLOAD_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: 'The document: PDF, PNG, JPEG or plain text unless DOCUMENT_TYPES says otherwise; at most DOCUMENT_MAX_BYTES' } },
  },
};
const UPLOAD_ERRORS = [
  [400, 'No file, a type not accepted, or content that is not of its type'],
  [413, 'Larger than DOCUMENT_MAX_BYTES'],
] as [400 | 413, string][];

/**
 * Documents that prove the facts of a case or an entry. Uploaded first, then named by id
 * (`documentIds`) in the action that records the fact, whose event then carries their SHA-256.
 */
@ApiTags('documents')
@ApiBearerAuth()
@ApiSignedIn()
@Controller()
export class DocumentsController {
  constructor(private readonly service: DocumentsService) {}

  @Post('cases/:id/documents')
  @HttpCode(201)
  @ApiOperation({ summary: 'Upload a document to a case (multipart, field "file")' })
  @RequirePermission(Permission.CaseAdvance)
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiUuidParam('id', 'The case')
  @ApiCreatedResponse({ type: DocumentDto, description: 'The document as stored; send its id in documentIds with the fact it proves' })
  @ApiErrors(...UPLOAD_ERRORS, 404)
  uploadToCase(@CurrentUser() user: AuthUser, @UuidParam() id: string, @UploadedFile() file?: File): Promise<DocumentDto> {
    return this.service.upload(user, { caseId: id }, file);
  }

  @Get('cases/:id/documents')
  @ApiOperation({ summary: "A case's documents, oldest first" })
  @RequirePermission(Permission.CaseRead)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: [DocumentDto] })
  @ApiErrors(400, 404)
  listForCase(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<DocumentDto[]> {
    return this.service.list(user, { caseId: id });
  }

  @Post('entries/:id/documents')
  @HttpCode(201)
  @ApiOperation({ summary: 'Upload a document to an import entry (multipart, field "file")' })
  @RequirePermission(Permission.EntryRespond)
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiUuidParam('id', 'The entry')
  @ApiCreatedResponse({ type: DocumentDto, description: 'The document as stored; send its id in documentIds with the proof it supports' })
  @ApiErrors(...UPLOAD_ERRORS, 404)
  uploadToEntry(@CurrentUser() user: AuthUser, @UuidParam() id: string, @UploadedFile() file?: File): Promise<DocumentDto> {
    return this.service.upload(user, { entryId: id }, file);
  }

  @Get('entries/:id/documents')
  @ApiOperation({ summary: "An entry's documents, oldest first" })
  @RequirePermission(Permission.EntryRead)
  @ApiUuidParam('id', 'The entry')
  @ApiOkResponse({ type: [DocumentDto] })
  @ApiErrors(400, 404)
  listForEntry(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<DocumentDto[]> {
    return this.service.list(user, { entryId: id });
  }

  @Get('documents/:id')
  @ApiOperation({ summary: 'Download a document, byte for byte as uploaded' })
  @RequirePermission(Permission.DocumentRead)
  @ApiUuidParam('id', 'The document')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'The bytes, with the media type they were uploaded as (attachment)' })
  @ApiErrors(400, [404, 'No such document, or its case or entry is not yours to see'])
  async download(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<StreamableFile> {
    const { document, content } = await this.service.download(user, id);
    return new StreamableFile(content, {
      type: document.type,
      disposition: `attachment; filename="${document.name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(document.name)}`,
      length: content.length,
    });
  }

  @Get('documents/:id/verification')
  @ApiOperation({ summary: "Recompute a document's SHA-256 from the stored bytes and check it against its upload and the events that recorded it" })
  @RequirePermission(Permission.DocumentRead)
  @ApiUuidParam('id', 'The document')
  @ApiOkResponse({ type: DocumentVerificationDto })
  @ApiErrors(400, [404, 'No such document, or its case or entry is not yours to see'])
  verify(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<DocumentVerificationDto> {
    return this.service.verify(user, id);
  }
}
