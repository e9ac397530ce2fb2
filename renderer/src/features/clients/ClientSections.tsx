// The social-office parts of a client's page (issue 11, seed 000 p. 7): caseload, contacts,
// social situation, finances, care notes and services. A part the session may not read is not
// in the record the service returned, so it is not shown at all; a part it may read but not
// change has no Edit button, and the service refuses the change anyway.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { clientContactsSchema, clientSocialSchema } from '@shared/domain/client-schemas';
import { optionalText } from '@shared/domain/fields';
import type { Subject } from '@shared/domain/types';
import type { DateLocale } from '@shared/text/dates';
import { useNotify } from '../../components/use-notify';
import { CaseloadSection } from './CaseloadSection';
import type { CaseloadWorker, ClientApi, ClientPatch } from './clients-api';
import { FinancialSection } from './FinancialSection';
import { issuesToErrors, saveOrFieldErrors, withoutBlanks, type FieldErrors } from './part-errors';
import { PartSection, type PartField } from './PartSection';
import { ServicesSection } from './ServicesSection';

const useStyles = makeStyles({
  cards: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '880px',
    marginTop: tokens.spacingVerticalM,
  },
});

const careSchema = z.object({ careNotes: optionalText(4000, true) });

type Props = {
  readonly api: ClientApi;
  readonly subject: Subject;
  readonly locale: DateLocale;
  /** Called after a change was saved, to show the record as stored. */
  readonly onChanged: () => void;
};

export const ClientSections = ({ api, subject, locale, onChanged }: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const [workers, setWorkers] = useState<CaseloadWorker[]>([]);
  useEffect(() => {
    let live = true;
    api.workers().then((list) => {
      if (live) setWorkers(list.sort((a, b) => a.displayName.localeCompare(b.displayName, locale)));
    }, notifyError);
    return () => {
      live = false;
    };
  }, [api, locale, notifyError]);

  /** Checks typed text fields with a part's schema, then saves them as `part` of the record. */
  const textSaver =
    <T,>(schema: z.ZodType<T>, toPatch: (value: T) => ClientPatch, prefix: string) =>
    async (values: Readonly<Record<string, string>>): Promise<FieldErrors | null> => {
      const parsed = schema.safeParse(withoutBlanks(values));
      if (!parsed.success) return issuesToErrors(parsed.error.issues);
      const found = await saveOrFieldErrors(
        () => api.update(subject.id, toPatch(parsed.data)),
        prefix,
      );
      if (found === null) onChanged();
      return found;
    };
  const saved = async (patch: ClientPatch) => {
    await api.update(subject.id, patch);
    onChanged();
  };

  const field = (group: string, key: string, multiline = false): PartField => ({
    key,
    label: t(`clients.${group}.${key}`),
    multiline,
  });
  const can = api.can;
  return (
    <div className={styles.cards}>
      <CaseloadSection
        assigned={subject.assignedWorkerIds ?? []}
        workers={workers}
        canAssign={can.assignCaseload}
        assign={async (ids) => {
          await api.assignCaseload(subject.id, ids);
          onChanged();
        }}
      />
      {can.viewContacts ? (
        <PartSection
          title={t('clients.contacts.heading')}
          fields={[
            field('contacts', 'declaredAddress'),
            field('contacts', 'actualAddress'),
            field('contacts', 'phone'),
            field('contacts', 'email'),
          ]}
          values={subject.contacts ?? {}}
          canEdit={can.edit}
          save={textSaver(clientContactsSchema, (contacts) => ({ contacts }), 'contacts')}
        />
      ) : null}
      {can.viewSocial ? (
        <PartSection
          title={t('clients.social.heading')}
          fields={[
            field('social', 'familySituation', true),
            field('social', 'materialSituation', true),
            field('social', 'socialSituation', true),
            field('social', 'property', true),
            field('social', 'childSchool'),
          ]}
          values={subject.social ?? {}}
          canEdit={can.editSocial}
          save={textSaver(clientSocialSchema, (social) => ({ social }), 'social')}
        />
      ) : null}
      {can.viewFinancial ? (
        <FinancialSection
          financial={subject.financial}
          canEdit={can.editFinancial}
          save={(financial) => saved({ financial })}
        />
      ) : null}
      {can.viewCare ? (
        <PartSection
          title={t('clients.care.heading')}
          fields={[field('care', 'careNotes', true)]}
          values={{ careNotes: subject.careNotes }}
          canEdit={can.editCare}
          save={textSaver(careSchema, (v) => ({ careNotes: v.careNotes ?? '' }), '')}
        />
      ) : null}
      <ServicesSection
        services={subject.services ?? []}
        canEdit={can.edit}
        today={api.today}
        locale={locale}
        workers={workers}
        serviceNames={api.serviceNames}
        save={(services) => saved({ services })}
      />
    </div>
  );
};
