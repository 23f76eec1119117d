import type nodemailer from 'nodemailer';
import type { EmailMessage, EmailSender } from '@scq/notification-application';
import { classifySmtpFailure, type AttemptOutcome } from '@scq/notification-domain';

export interface SmtpEmailSenderOptions {
  /** `smtp://user:pass@host:port` (STARTTLS when offered) or `smtps://…` (TLS from the start); from `SMTP_URL`. */
  url: string;
  /** The sender address (`SMTP_FROM`, default `场景重庆 <noreply@scq.local>`). */
  from?: string;
  timeoutMs?: number;
}

/**
 * Email over SMTP with nodemailer. "sent" means the SMTP server accepted the message (250); a 5xx reply is a
 * permanent failure, a 4xx reply or connection trouble a temporary one (retried by the delivery's backoff).
 */
export class SmtpEmailSender implements EmailSender {
  private readonly transport: ReturnType<typeof nodemailer.createTransport>;
  private readonly from: string;

  constructor(options: SmtpEmailSenderOptions) {
    const timeout = options.timeoutMs ?? 15_000;
    this.transport = (require('nodemailer') as typeof import('nodemailer')).createTransport({ url: options.url, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout * 2 });
    this.from = options.from ?? '场景重庆 <noreply@scq.local>';
  }

  async send(message: EmailMessage): Promise<AttemptOutcome> {
    try {
      const info = (await this.transport.sendMail({
        from: this.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: { 'X-SCQ-Delivery': message.deliveryId },
      })) as { messageId?: string; response?: string; rejected?: unknown[] };
      if (Array.isArray(info.rejected) && info.rejected.length > 0) return { status: 'permanent-failure', detail: `recipient rejected: ${info.response ?? ''}`.trim() };
      return { status: 'sent', detail: `accepted by the SMTP server: ${info.response ?? 'ok'} (${info.messageId ?? 'no message id'})` };
    } catch (error) {
      const failure = error as { message?: string; responseCode?: number; code?: string };
      return { status: classifySmtpFailure(failure), detail: `${failure.code ?? 'SMTP'}${failure.responseCode ? ` ${failure.responseCode}` : ''}: ${failure.message ?? String(error)}` };
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** Without `SMTP_URL`: every email delivery fails permanently with a clear reason in the delivery log. */
export class UnconfiguredEmailSender implements EmailSender {
  async send(): Promise<AttemptOutcome> {
    return { status: 'permanent-failure', detail: 'email is not configured on this service (set SMTP_URL)' };
  }
}
