import { useTranslations } from 'next-intl';
import { Role } from '@/lib/generated/prisma/enums';

export function RoleOptions() {
  const t = useTranslations('UsersPage.roleOption');
  return Object.values(Role).map((role) => (
    <option key={role} value={role}>
      {t(role)}
    </option>
  ));
}
