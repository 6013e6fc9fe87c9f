// What the inbox and the e-mail preference form submit.
import { z } from 'zod';
import { EmailFrequency } from '@/lib/generated/prisma/enums';
import { NOTIFICATION_KINDS } from '@/lib/notifications/describe';

const frequency = z.enum(EmailFrequency, { error: 'Notifications.chooseFrequency' });

/** One field per kind of notification, each immediately / daily / never. */
export const emailPreferencesSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, frequency])) as Record<(typeof NOTIFICATION_KINDS)[number], typeof frequency>,
);

export const noInputSchema = z.object({});
