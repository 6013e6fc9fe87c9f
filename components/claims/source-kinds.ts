import type { SourceKind } from '@/lib/generated/prisma/enums';

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  GOVERNMENT: 'Government',
  MILITARY: 'Military',
  MEDIA: 'Media',
  PERSON: 'Person',
  ORGANIZATION: 'Organisation',
  OTHER: 'Other',
};
