import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, isRole, type Role } from '@shared/access/roles';
import { checkPassword } from '@shared/password';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';

export type StaffDialogMode = 'create' | 'role' | 'password';
export type StaffDialogValue = {
  displayName: string;
  username: string;
  role: Role;
  groupIds: string[];
  password: string;
};

type Props = {
  readonly mode: StaffDialogMode;
  readonly initial: StaffDialogValue;
  readonly groups: readonly { id: string; name: string }[];
  /** The roles offered (by institution kind); a member's current role is always listed. */
  readonly roles: readonly Role[];
  readonly onCancel: () => void;
  /** Resolves with an i18n error key, or null on success. */
  readonly onSave: (value: StaffDialogValue) => Promise<string | null>;
};

export const StaffMemberDialog = ({ mode, initial, groups, roles, onCancel, onSave }: Props) => {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const [value, setValue] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof StaffDialogValue, string>>>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof StaffDialogValue>(key: K, v: StaffDialogValue[K]) => {
    setValue((old) => ({ ...old, [key]: v }));
  };

  const validate = (): boolean => {
    const next: Partial<Record<keyof StaffDialogValue, string>> = {};
    if (mode === 'create' && value.displayName.trim() === '')
      next.displayName = 'validation.required';
    if (mode === 'create' && !/^[\p{L}\p{N}._-]{3,40}$/u.test(value.username.trim()))
      next.username = 'validation.usernameChars';
    if (mode !== 'role') {
      const [rule] = checkPassword(value.password, { username: value.username });
      if (rule) next.password = `password.rules.${rule}`;
    }
    setErrors(next);
    return Object.keys(next).length === 0;
  };

  const save = async () => {
    if (!validate()) return;
    setBusy(true);
    const error = await onSave(value);
    setBusy(false);
    if (error) setErrors({ password: error });
  };

  const title = { create: 'staff.add', role: 'staff.changeRole', password: 'staff.resetPassword' }[
    mode
  ];
  return (
    <Dialog
      open
      modalType="modal"
      onOpenChange={(_e, d) => {
        if (!d.open) onCancel();
      }}
    >
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle>{t(title)}</DialogTitle>
            <DialogContent className={styles.form}>
              {mode === 'create' ? (
                <>
                  <TextField
                    label={t('staff.form.displayName')}
                    required
                    value={value.displayName}
                    errorKey={errors.displayName}
                    onChange={(_e, d) => {
                      set('displayName', d.value);
                    }}
                  />
                  <TextField
                    label={t('staff.form.username')}
                    required
                    value={value.username}
                    errorKey={errors.username}
                    onChange={(_e, d) => {
                      set('username', d.value);
                    }}
                  />
                </>
              ) : null}
              {mode !== 'password' ? (
                <Field label={t('staff.form.role')}>
                  <Select
                    value={value.role}
                    onChange={(_e, d) => {
                      if (isRole(d.value)) set('role', d.value);
                    }}
                  >
                    {ROLES.filter((r) => roles.includes(r) || r === initial.role).map((role) => (
                      <option key={role} value={role}>
                        {t(`roles.${role}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
              ) : null}
              {mode !== 'password' && value.role === 'teacher' ? (
                <CheckboxGroup
                  label={t('staff.form.groups')}
                  hint={groups.length === 0 ? t('staff.form.noGroups') : undefined}
                  options={groups.map((group) => ({ value: group.id, label: group.name }))}
                  selected={value.groupIds}
                  onChange={(groupIds) => {
                    set('groupIds', groupIds);
                  }}
                />
              ) : null}
              {mode !== 'role' ? (
                <TextField
                  label={t('staff.form.initialPassword')}
                  hint={t('staff.form.initialPasswordHint')}
                  type="password"
                  autoComplete="new-password"
                  required
                  value={value.password}
                  errorKey={errors.password}
                  onChange={(_e, d) => {
                    set('password', d.value);
                  }}
                />
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button onClick={onCancel}>{t('staff.form.cancel')}</Button>
              <Button appearance="primary" type="submit" disabled={busy}>
                {t('staff.form.save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
};
