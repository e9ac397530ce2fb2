// Shown wherever a whole-record erasure is proposed or approved: the categories of the person
// that are stored but not yet due, each with the day its period ends, so that nobody erases them
// early without knowing (issue 9). Nothing is shown while loading, when everything is due, or
// when the list cannot be read (the form still works; the head sees it again when approving).
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotYetDue } from '@shared/retention';
import { useToday } from '../../components/use-today';
import type { ErasuresApi } from './erasures-api';
import { notYetDueText } from './not-yet-due-text';

type Props = { readonly api: ErasuresApi; readonly subjectId: string };

export const NotYetDueNotice = ({ api, subjectId }: Props) => {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const [items, setItems] = useState<readonly NotYetDue[]>([]);
  useEffect(() => {
    let live = true;
    api.notYetDue(subjectId, today).then(
      (found) => {
        if (live) setItems(found);
      },
      () => {
        if (live) setItems([]);
      },
    );
    return () => {
      live = false;
    };
  }, [api, subjectId, today]);
  const locale = i18n.language === 'lt' || i18n.language === 'en' ? i18n.language : 'lv';
  const text = notYetDueText(t, items, locale);
  if (text === null) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t('erasures.notDue.intro')} {text}
      </MessageBarBody>
    </MessageBar>
  );
};
