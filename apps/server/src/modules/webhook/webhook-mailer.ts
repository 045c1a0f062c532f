import { createTransport, type Transporter } from 'nodemailer';
import type { MailConfig } from '../../config';
import type { MailMessage } from './webhook-message';

export class MailNotConfiguredError extends Error {
  constructor() {
    super('SMTP not configured');
  }
}

/** Sends e-mail through the configured SMTP relay, one pooled transport per instance. */
export class Mailer {
  private transport: Transporter | null = null;

  constructor(private readonly config: MailConfig, private readonly timeoutMs: number) {}

  async send(to: readonly string[], message: MailMessage): Promise<void> {
    if (!this.config.host) throw new MailNotConfiguredError();
    this.transport ??= createTransport({
      host: this.config.host, port: this.config.port, secure: this.config.secure,
      auth: this.config.user ? { user: this.config.user, pass: this.config.password ?? '' } : undefined,
      connectionTimeout: this.timeoutMs, greetingTimeout: this.timeoutMs, socketTimeout: this.timeoutMs,
    });
    await this.transport.sendMail({ from: this.config.from, to: [...to], subject: message.subject, html: message.html, text: message.text });
  }

  close(): void {
    this.transport?.close();
    this.transport = null;
  }
}
