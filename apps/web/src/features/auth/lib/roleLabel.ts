import type { Department, Role } from '../../../gql/graphql';
import type { Translate } from '../../../shared/i18n';

/** "Department head · Sales": the role and, for the roles bound to departments, which ones. */
export function roleLabel(role: Role, departments: readonly Department[] | null, t: Translate): string {
  const label = t(`role.${role}`);
  const bound = role === 'DEPARTMENT_HEAD' || role === 'VIEWER' ? (departments ?? []) : [];
  return bound.length > 0 ? `${label} · ${bound.map((d) => t(`department.${d}`)).join(', ')}` : label;
}
