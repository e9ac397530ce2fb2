import {
  Body1,
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  Archive20Regular,
  ArrowLeft20Regular,
  ArrowUndo20Regular,
  Delete20Regular,
  Edit20Regular,
  History20Regular,
  ShieldLock20Regular,
  TaskListSquareLtr20Regular,
} from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kindContext } from './kind-context';
import { otherCountry } from '@shared/domain/client-schemas';
import { formatPersonalCode, parsePersonalCode } from '@shared/personal-code/parse';
import { isAppError } from '@shared/errors/app-error';
import { isPlannedLeaving } from '@shared/domain/leaving';
import { formatDate } from '@shared/text/dates';
import { useNotify } from '../../components/use-notify';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailList, type DetailRow } from '../../components/DetailList';
import { ClientSections } from '../clients/ClientSections';
import { HealthNotesEditor } from './HealthNotesEditor';
import { LeavingDialog } from './LeavingDialog';
import { PlannedLeavingNotice } from './PlannedLeavingNotice';
import { dateLocale } from './subject-values';
import type { SubjectDetail, SubjectFormApi } from './subjects-api';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  cards: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '720px',
    marginTop: tokens.spacingVerticalM,
  },
});

type Row = DetailRow;

export const SubjectPage = ({ api, id }: { readonly api: SubjectFormApi; readonly id: string }) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { notify, notifyError } = useNotify();
  const [detail, setDetail] = useState<SubjectDetail | null>(null);
  // A link to a record the role may not open, or one that is gone: a plain page, not a spinner
  // that never ends (issue 14, defect 11).
  const [refusal, setRefusal] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [dialog, setDialog] = useState<'leave' | 'unleave' | null>(null);
  const locale = dateLocale(i18n.language);
  const date = (iso: string | undefined) => (iso === undefined ? '—' : formatDate(iso, locale));

  useEffect(() => {
    let live = true;
    api
      .load(id)
      .then((d) => {
        if (live) setDetail(d);
      })
      .catch((error: unknown) => {
        if (live && isAppError(error) && (error.code === 'forbidden' || error.code === 'not-found'))
          setRefusal(error.i18nKey);
        else notifyError(error);
      });
    return () => {
      live = false;
    };
  }, [api, id, notifyError, version]);

  if (refusal !== null)
    return (
      <section aria-labelledby="subject-refused">
        <Title1 as="h1" id="subject-refused">
          {t(refusal)}
        </Title1>
      </section>
    );
  if (detail === null) return <Spinner label={t('subjects.loading')} />;
  const s = detail.subject;
  // A foreign national's code issued by the other country is written its way; a code valid at
  // home is read as a home code (checkClientCode's order), marked or not.
  const codeCountry =
    s.foreignNational === true &&
    s.personalCode !== undefined &&
    !parsePersonalCode(s.personalCode, api.country).valid
      ? otherCountry(api.country)
      : api.country;
  // Without 'subject.edit' the form is closed to her, so the nurse edits health notes here.
  const nurseEdits = api.can.editHealth && !api.can.edit;
  const rows: Row[] = [
    ...(api.can.viewCodes
      ? [
          [
            t('subjects.form.personalCode'),
            s.personalCode ? formatPersonalCode(s.personalCode, codeCountry) : '—',
          ] as const,
          ...(s.foreignNational === true
            ? [[t('subjects.form.foreignNationalRow'), s.foreignNationalNote ?? '—'] as const]
            : []),
        ]
      : []),
    [t('subjects.form.birthDate'), date(s.birthDate)],
    // A social office has no groups: its clients are in caseloads (shown below).
    ...(s.kind === 'client'
      ? []
      : [[t('subjects.form.group'), detail.groupName ?? t('subjects.noGroup')] as const]),
    [t('subjects.form.enrolledOn', kindContext(s.kind)), date(s.enrolledOn)],
    [
      t(
        isPlannedLeaving(s, api.today) ? 'subjects.leave.plannedDateRow' : 'subjects.form.leftOn',
        kindContext(s.kind),
      ),
      date(s.leftOn),
    ],
    ...(s.leftReason
      ? [
          [
            t('subjects.leave.reasonRow', kindContext(s.kind)),
            [t(`subjects.leavingReason.${s.leftReason.code}`), s.leftReason.note]
              .filter(Boolean)
              .join(': '),
          ] as const,
        ]
      : []),
    [t('subjects.form.status'), t(`subjects.status.${s.status}`, kindContext(s.kind))],
    [t('subjects.form.notes'), s.notes ?? '—'],
    ...(api.can.viewHealth && !nurseEdits
      ? [[t('subjects.form.healthNotes'), s.healthNotes ?? '—'] as const]
      : []),
  ];
  return (
    <section aria-labelledby="subject-heading">
      <div className={styles.header}>
        <Title1 as="h1" id="subject-heading">
          {s.givenNames} {s.familyName}
        </Title1>
        <div className={styles.buttons}>
          <Button icon={<ArrowLeft20Regular />} onClick={api.nav.list}>
            {t('subjects.backToList')}
          </Button>
          {api.can.viewConsents ? (
            <Button
              icon={<TaskListSquareLtr20Regular />}
              onClick={() => {
                api.nav.consents(s.id);
              }}
            >
              {t('subjects.consents')}
            </Button>
          ) : null}
          {api.can.viewAccessTrail ? (
            <Button
              icon={<History20Regular />}
              onClick={() => {
                api.nav.accessTrail(s.id);
              }}
            >
              {t('subjects.accessTrail')}
            </Button>
          ) : null}
          {api.can.leave ? (
            <Button
              icon={s.status === 'active' ? <Archive20Regular /> : <ArrowUndo20Regular />}
              onClick={() => {
                setDialog(s.status === 'active' ? 'leave' : 'unleave');
              }}
            >
              {t(
                s.status === 'active' ? 'subjects.leave.button' : 'subjects.leave.undoButton',
                kindContext(s.kind),
              )}
            </Button>
          ) : null}
          {api.can.proposeErasure && api.nav.proposeErasure ? (
            <Button
              icon={<Delete20Regular />}
              onClick={() => {
                api.nav.proposeErasure?.(s.id);
              }}
            >
              {t('subjects.proposeErasure')}
            </Button>
          ) : null}
          {api.can.edit ? (
            <Button
              appearance="primary"
              icon={<Edit20Regular />}
              onClick={() => {
                api.nav.edit(s.id);
              }}
            >
              {t('subjects.edit')}
            </Button>
          ) : null}
        </div>
      </div>
      {s.restriction ? (
        <MessageBar intent="warning" icon={<ShieldLock20Regular />}>
          <MessageBarBody>
            <MessageBarTitle>{t('subjects.restrictedTitle')}</MessageBarTitle>
            {t('subjects.restrictedSince', {
              date: date(s.restriction.since),
              reason: s.restriction.reason,
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {s.status !== 'active' ? (
        <MessageBar intent="info" icon={<Archive20Regular />}>
          <MessageBarBody>
            <MessageBarTitle>{t('subjects.leave.archivedTitle')}</MessageBarTitle>
            {t('subjects.leave.archivedBody', { ...kindContext(s.kind), date: date(s.leftOn) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <PlannedLeavingNotice
        api={api}
        subject={s}
        onChanged={() => {
          setVersion((n) => n + 1);
        }}
      />
      {dialog === 'leave' ? (
        <LeavingDialog
          api={api}
          subjectId={s.id}
          kind={s.kind}
          onClose={(changed) => {
            setDialog(null);
            if (changed) setVersion((n) => n + 1);
          }}
        />
      ) : null}
      {dialog === 'unleave' ? (
        <ConfirmDialog
          title={t('subjects.leave.undoTitle', kindContext(s.kind))}
          body={t('subjects.leave.undoBody', kindContext(s.kind))}
          confirmLabel={t('subjects.leave.undoButton', kindContext(s.kind))}
          cancelLabel={t('subjects.leave.cancel')}
          onCancel={() => {
            setDialog(null);
          }}
          onConfirm={() => {
            setDialog(null);
            api
              .setLeaving(s.id, null)
              .then(() => {
                notify('success', t('subjects.leave.undone'));
                setVersion((n) => n + 1);
              })
              .catch(notifyError);
          }}
        />
      ) : null}
      <DetailList rows={rows} />
      {nurseEdits ? (
        <HealthNotesEditor
          initial={s.healthNotes ?? ''}
          onSave={(notes) => api.setHealthNotes(s.id, notes)}
        />
      ) : null}
      {s.kind === 'client' && api.client ? (
        <ClientSections
          api={api.client}
          subject={s}
          locale={locale}
          onChanged={() => {
            setVersion((n) => n + 1);
          }}
        />
      ) : null}
      <div className={styles.cards}>
        <Subtitle2 as="h2">{t('subjects.reps.heading')}</Subtitle2>
        {detail.representatives.length === 0 ? (
          <Body1 as="p">{t('subjects.reps.none')}</Body1>
        ) : null}
        {detail.representatives.map((r) => (
          <Card key={r.linkId}>
            <Subtitle2 as="h3">
              {r.givenNames} {r.familyName} — {t(`subjects.relation.${r.relation}`)}
            </Subtitle2>
            <DetailList
              rows={[
                ...(api.can.viewCodes && r.personalCode
                  ? [
                      [
                        t('subjects.reps.personalCodeShort'),
                        formatPersonalCode(r.personalCode, api.country),
                      ] as const,
                    ]
                  : []),
                ...(api.can.viewContacts
                  ? [
                      [t('subjects.reps.phoneShort'), r.phone ?? '—'] as const,
                      [t('subjects.reps.emailShort'), r.email ?? '—'] as const,
                      [t('subjects.reps.addressShort'), r.address ?? '—'] as const,
                    ]
                  : []),
                [t('subjects.reps.custodyShort'), r.custodyNotes ?? '—'],
              ]}
            />
          </Card>
        ))}
      </div>
    </section>
  );
};
