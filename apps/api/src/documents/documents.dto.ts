import { ApiProperty } from '@nestjs/swagger';

export class DocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'File name as uploaded' }) name: string;
  @ApiProperty({ description: 'Media type', example: 'application/pdf' }) type: string;
  @ApiProperty({ description: 'Bytes' }) size: number;
  @ApiProperty({ description: 'Hex SHA-256 of the bytes as uploaded' }) sha256: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
  @ApiProperty({ description: 'Where to download it' }) href: string;
}

export class DocumentRecordedInDto {
  @ApiProperty({ description: 'The event of the case or entry that carries the document' }) sequence: number;
  @ApiProperty() type: string;
  @ApiProperty({ description: 'The SHA-256 that event recorded' }) sha256: string;
}

export class DocumentVerificationDto {
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty({ description: 'SHA-256 recomputed now from the stored bytes' }) storedSha256: string;
  @ApiProperty({ description: 'SHA-256 taken at upload' }) uploadedSha256: string;
  @ApiProperty({ type: [DocumentRecordedInDto], description: 'The events whose payload names the document (empty until it is sent with a fact)' }) recordedIn: DocumentRecordedInDto[];
  @ApiProperty({ description: 'The stored bytes hash to what was taken at upload and to what every event recorded' }) valid: boolean;
}
