// "Plānotās atskaitīšanas" on the children (clients) list, for the head and the secretary: who
// leaves on which day, earliest first, each a link to the record (where it can be cancelled).
// Nothing is shown while there is none.
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { CalendarClock20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectKind } from '@shared/domain/types';
import { formatDate } from '@shared/text/dates';
import { useNotify } from '../../components/use-notify';
import { kindContext } from './kind-context';
import { dateLocale } from './subject-values';
import type { PlannedLeavingItem } from './subjects-api';

type Props = {
  readonly load: () => Promise<readonly PlannedLeavingItem[]>;
  readonly kind: SubjectKind;
  /** The group's name, or null without one. */
  readonly groupName: (id: string | null) => string | null;
  readonly onOpen: (id: string) => void;
};

export const PlannedLeavingsList = ({ load, kind, groupName, onOpen }: Props) => {
  const { t, i18n } = useTranslation();
  const { notifyError } = useNotify();
  const [items, setItems] = useState<readonly PlannedLeavingItem[]>([]);
  useEffect(() => {
    let live = true;
    load()
      .then((found) => {
        if (live) setItems(found);
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [load, notifyError]);
  if (items.length === 0) return null;
  const ctx = kindContext(kind);
  const locale = dateLocale(i18n.language);
  return (
    <MessageBar intent="info" icon={<CalendarClock20Regular />} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle id="planned-leavings-heading">
          {t('subjects.plannedLeavings.heading', ctx)}
        </MessageBarTitle>
        {t('subjects.plannedLeavings.intro', ctx)}
        <ul aria-labelledby="planned-leavings-heading">
          {items.map((p) => {
            const group = groupName(p.groupId);
            return (
              <li key={p.id}>
                <Link
                  onClick={() => {
                    onOpen(p.id);
                  }}
                >
                  {t('subjects.plannedLeavings.line', {
                    name: `${p.givenNames} ${p.familyName}`.trim(),
                    date: formatDate(p.leftOn, locale),
                  })}
                </Link>
                {group ? ` (${group})` : null}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
};
