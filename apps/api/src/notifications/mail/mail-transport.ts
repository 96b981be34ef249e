import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { ComposedMail } from './mail-composer.js';

/** The demo's people have made-up addresses: their mail is logged, never sent anywhere. */
const LOGGED_ONLY = /@plenary\.demo$/i;

/**
 * Sends a mail with nodemailer through `SMTP_URL`, resolving once the SMTP server accepted it
 * (its reply to DATA). Without SMTP_URL, the mail is written to the log (info) instead.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A send must give up before its lease ends, or another instance would send it again.
    const timeout = (config.mailLeaseSeconds * 1000) / 2;
    this.transporter = config.smtpUrl
      ? nodemailer.createTransport({
          url: config.smtpUrl,
          connectionTimeout: timeout,
          greetingTimeout: timeout,
          socketTimeout: timeout,
        })
      : null;
    if (!this.transporter && config.nodeEnv === 'production') {
      this.logger.warn('SMTP_URL is not set: notification mails are written to the log only');
    }
  }

  async send(mail: ComposedMail): Promise<void> {
    if (!this.transporter || LOGGED_ONLY.test(mail.to)) {
      // Its text carries unsubscribe links: a production log keeps only where it went.
      const text = this.config.nodeEnv === 'production' ? undefined : mail.text;
      this.logger.log(
        { mail: { to: mail.to, subject: mail.subject, messageId: mail.messageId, text } },
        'mail (not sent: no SMTP_URL, or a demo address)',
      );
      return;
    }
    await this.transporter.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      headers: mail.headers,
    });
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
