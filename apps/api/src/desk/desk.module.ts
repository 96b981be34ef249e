import { Module } from '@nestjs/common';
import { DeskAudience } from './desk-audience.service.js';
import { DeskReader } from './desk-reader.service.js';
import { DeskResolver } from './desk.resolver.js';

/** The desk: what needs the signed-in user, per organization he acts for, read from the tables. */
@Module({
  providers: [DeskReader, DeskResolver, DeskAudience],
  exports: [DeskAudience],
})
export class DeskModule {}
