import { Inject, Injectable } from '@nestjs/common';
import { EmailDelivery, NOTIFICATION_KINDS } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { readUnsubscribeToken, type Unsubscription } from './mail/unsubscribe-token.js';
import { applySettings } from './update-notification-settings.usecase.js';
import { inTransaction } from '../common/database/transaction.js';

export interface UnsubscribeCommand {
  /** The signed token of a mail's link: it is the only credential (no sign-in). */
  token: string;
}

/** Turns off the mail a link names (one kind, or all), for the user it was sent to. */
@Injectable()
export class UnsubscribeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the token grants, or a refusal: for the confirmation page before the POST. */
  check(token: string): Unsubscription {
    const unsubscription = readUnsubscribeToken(this.config.jwtSecret, token);
    if (!unsubscription) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'This unsubscribe link is not valid');
    }
    return unsubscription;
  }

  async execute({ token }: UnsubscribeCommand): Promise<Unsubscription> {
    const unsubscription = this.check(token);
    const kinds = unsubscription.scope === 'ALL' ? NOTIFICATION_KINDS : [unsubscription.scope];
    await inTransaction(this.dataSource, async (manager) => {
      const [user] = await manager.query<unknown[]>(`SELECT 1 FROM app_user WHERE id = $1`, [
        unsubscription.userId,
      ]);
      if (!user) return; // the account is gone, and its mail with it
      await applySettings(
        manager,
        unsubscription.userId,
        kinds.map((kind) => ({ kind, email: EmailDelivery.OFF })),
      );
    });
    return unsubscription;
  }
}
