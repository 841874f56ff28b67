import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The names a facility goes by besides its registered one (docs/domain.md §6); the whole set, replacing the old. */
export class FacilityNamesDto {
  @ApiProperty({ type: [String], example: ['Shandong Provincial Prison No. 4 Workshop'], description: 'Other names it goes by; empty for none' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  aliases: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '济南液压机厂', description: 'Its name in Chinese characters; null or absent for none' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/\p{Script=Han}/u, { message: 'a Chinese name is written in Chinese characters' })
  chineseName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Jǐnán Yèyājī Chǎng', description: 'The pinyin of the Chinese name; null or absent for none' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(/^[\p{Script=Latin}\p{M}\s'’-]*\p{Script=Latin}[\p{Script=Latin}\p{M}\s'’-]*$/u, { message: 'pinyin is written in Latin letters, with or without tone marks' })
  pinyin?: string | null;
}
