// A client's services (issue 11): name from the office's list, decision number, start, end and
// the responsible worker. The office adds a service or ends one; the whole list is saved through
// the records service, which refuses a name not on the list and an end before the start.
import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Add20Regular, CalendarCancel20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientService } from '@shared/domain/types';
import { formatDate, type DateLocale } from '@shared/text/dates';
import type { CaseloadWorker } from './clients-api';
import { saveOrFieldErrors, type FieldErrors } from './part-errors';
import { SectionCard } from './SectionCard';
import { ServiceDialog } from './ServiceDialog';

type Props = {
  readonly services: readonly ClientService[];
  readonly canEdit: boolean;
  readonly today: string;
  readonly locale: DateLocale;
  readonly workers: readonly CaseloadWorker[];
  readonly serviceNames: () => Promise<string[]>;
  readonly save: (services: readonly ClientService[]) => Promise<void>;
};

type Open =
  | { readonly mode: 'add'; readonly names: string[] }
  | { readonly mode: 'end'; readonly service: ClientService };

/** Newest first: the services that still last on top, then by start date. */
const ordered = (services: readonly ClientService[]): ClientService[] =>
  [...services].sort(
    (a, b) =>
      Number(a.endedOn !== undefined) - Number(b.endedOn !== undefined) ||
      b.startedOn.localeCompare(a.startedOn),
  );

export const ServicesSection = (props: Props) => {
  const { services, canEdit, today, locale, workers } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open | null>(null);
  const names = new Map(workers.map((w) => [w.id, w.displayName]));
  const date = (iso: string | undefined) => (iso === undefined ? '—' : formatDate(iso, locale));

  /** Saves the list with `service` added or replaced; messages land on the dialog's fields. */
  const saveOne = (service: ClientService): Promise<FieldErrors | null> => {
    const index = services.findIndex((s) => s.id === service.id);
    const next =
      index < 0 ? [...services, service] : services.map((s, i) => (i === index ? service : s));
    const position = index < 0 ? services.length : index;
    return saveOrFieldErrors(() => props.save(next), `services.${String(position)}`);
  };

  return (
    <SectionCard title={t('clients.services.heading')}>
      {services.length === 0 ? (
        <Body1 as="p">{t('clients.services.none')}</Body1>
      ) : (
        <Table aria-label={t('clients.services.heading')} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('clients.services.name')}</TableHeaderCell>
              <TableHeaderCell>{t('clients.services.decisionNumber')}</TableHeaderCell>
              <TableHeaderCell>{t('clients.services.startedOn')}</TableHeaderCell>
              <TableHeaderCell>{t('clients.services.endedOn')}</TableHeaderCell>
              <TableHeaderCell>{t('clients.services.responsible')}</TableHeaderCell>
              {canEdit ? <TableHeaderCell>{t('clients.services.actions')}</TableHeaderCell> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {ordered(services).map((s) => (
              <TableRow key={s.id}>
                <TableCell>{s.name}</TableCell>
                <TableCell>{s.decisionNumber}</TableCell>
                <TableCell>{date(s.startedOn)}</TableCell>
                <TableCell>{s.endedOn ? date(s.endedOn) : t('clients.services.ongoing')}</TableCell>
                <TableCell>
                  {s.responsibleWorkerId ? (names.get(s.responsibleWorkerId) ?? '—') : '—'}
                </TableCell>
                {canEdit ? (
                  <TableCell>
                    {s.endedOn ? null : (
                      <Button
                        size="small"
                        icon={<CalendarCancel20Regular />}
                        aria-label={t('clients.services.endNamed', { name: s.name })}
                        onClick={() => {
                          setOpen({ mode: 'end', service: s });
                        }}
                      >
                        {t('clients.services.end')}
                      </Button>
                    )}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {canEdit ? (
        <div>
          <Button
            icon={<Add20Regular />}
            onClick={() => {
              void props.serviceNames().then((list) => {
                setOpen({ mode: 'add', names: list });
              });
            }}
          >
            {t('clients.services.add')}
          </Button>
        </div>
      ) : null}
      {open ? (
        <ServiceDialog
          today={today}
          ending={open.mode === 'end' ? open.service : undefined}
          serviceNames={open.mode === 'add' ? open.names : []}
          workers={workers}
          onSave={saveOne}
          onClose={() => {
            setOpen(null);
          }}
        />
      ) : null}
    </SectionCard>
  );
};
