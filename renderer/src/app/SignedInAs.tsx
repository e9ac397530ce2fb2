// Who is signed in, beside "Bloķēt": the person's name and role (issue 14, defect 11). The label
// is a noun ("Konts:"), not a participle such as "Pieteicies/Pieteikusies" that would have to
// guess the person's gender.
import { Caption1 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../services';
import { services } from './services';

export const SignedInAs = ({ session }: { readonly session: Session }) => {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  useEffect(() => {
    let live = true;
    // Without the name (a failed read), the role alone still says who is working.
    services()
      .staff.ownDisplayName(session)
      .then(
        (value) => {
          if (live) setName(value);
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [session]);
  const role = t(`roles.${session.role}`);
  return (
    <Caption1>
      {name === '' ? t('auth.signedInRole', { role }) : t('auth.signedInAs', { name, role })}
    </Caption1>
  );
};
