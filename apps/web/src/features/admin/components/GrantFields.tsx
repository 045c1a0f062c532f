import { useFormContext, useWatch } from 'react-hook-form';
import { DEPARTMENTS, ROLES } from '@opshub/metrics';
import { Field } from '../../../shared/forms';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { BOUND_ROLES, type UserForm } from '../lib/adminSchemas';
import styles from './Admin.module.css';

/** Name, role and, for the roles bound to departments, one or more departments (a head of sales and marketing). */
export function GrantFields() {
  const { t } = useI18n();
  const { register, control, formState } = useFormContext<UserForm>();
  const role = useWatch({ control, name: 'role' });
  const message = (key?: string) => (key ? t(key as MessageKey) : undefined);
  return (
    <>
      <Field label={t('admin.users.name')} error={message(formState.errors.name?.message)}>
        <input type="text" {...register('name')} autoComplete="off" data-testid="user-name-input" />
      </Field>
      <Field label={t('admin.users.role')} error={message(formState.errors.role?.message)}>
        <select {...register('role')} data-testid="user-role-input">
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      {BOUND_ROLES.includes(role) && (
        <div className={styles.wide}>
          <fieldset className={styles.checks} aria-invalid={formState.errors.departments ? true : undefined}>
            <legend>{t('admin.users.departments')}</legend>
            {DEPARTMENTS.map((department) => (
              <label key={department} className={styles.check}>
                <input type="checkbox" value={department} {...register('departments')} data-testid={`user-department-${department}`} />
                {t(`department.${department}`)}
              </label>
            ))}
          </fieldset>
          {formState.errors.departments && (
            <p role="alert" className="field__error">
              {message(formState.errors.departments.message)}
            </p>
          )}
        </div>
      )}
    </>
  );
}
