// The SMTP connection for notification e-mail, configured by SMTP_URL and MAIL_FROM (lib/env.ts).
// Without both, e-mail is off: the job handlers skip, the inbox works as ever.
import nodemailer from 'nodemailer';
import { getEnv } from '@/lib/env';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The recipient's language, for mail clients that read it. */
  language: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

export function mailEnabled(): boolean {
  const { SMTP_URL, MAIL_FROM } = getEnv();
  return Boolean(SMTP_URL && MAIL_FROM);
}

/** A mailer for one SMTP server. It throws when the server is down or refuses the mail, so a job retries. */
export function createMailer(smtpUrl: string, from: string): Mailer {
  // Short timeouts: a job waiting minutes on a dead server holds a worker; the queue retries instead.
  const transport = nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    async send({ to, subject, text, language }) {
      await transport.sendMail({ from, to, subject, text, headers: { 'Content-Language': language } });
    },
  };
}

let configured: Mailer | null | undefined;

/** The mailer from the environment, or null when e-mail is off. */
export function configuredMailer(): Mailer | null {
  if (configured === undefined) {
    const { SMTP_URL, MAIL_FROM } = getEnv();
    configured = SMTP_URL && MAIL_FROM ? createMailer(SMTP_URL, MAIL_FROM) : null;
  }
  return configured;
}
