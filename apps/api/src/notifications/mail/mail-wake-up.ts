import { Injectable } from '@nestjs/common';

/** Lets whoever queued mail tell this instance's sender to look now rather than at its next poll. */
@Injectable()
export class MailWakeUp {
  private listener: (() => void) | null = null;

  listen(listener: () => void): void {
    this.listener = listener;
  }

  wakeUp(): void {
    this.listener?.();
  }
}
