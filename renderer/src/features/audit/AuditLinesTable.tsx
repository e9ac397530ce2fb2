// The log as lines a head reads: when, who, what (with how many times) and whom it concerns, by
// name; a child's name opens that child's own trail. A pager below, since a year's log is long.
import {
  Body1,
  Button,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { isAuditAction, isAuditEntity } from '@shared/audit';
import type { AuditLine, AuditLinesPage } from './audit-api';

/** At most this many names on one line; the rest are counted. */
const NAMES_SHOWN = 5;

const useStyles = makeStyles({
  pager: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    margin: '12px 0',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  name: { textAlign: 'start' },
});

const locale = (language: string) => (language === 'en' ? 'en-GB' : language);

const dateTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(locale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

const clock = (iso: string, language: string) =>
  new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );

/** "30.11.2026 09:01" or, for a run, "30.11.2026 09:01–09:14" (a run never spans two days). */
const when = (line: AuditLine, language: string): string => {
  const newest = dateTime(line.newestAt, language);
  const oldest = dateTime(line.oldestAt, language);
  return oldest === newest ? newest : `${oldest}–${clock(line.newestAt, language)}`;
};

const Concerns = ({
  line,
  onOpenTrail,
}: {
  readonly line: AuditLine;
  readonly onOpenTrail?: (subjectId: string) => void;
}) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const entity = isAuditEntity(line.entity) ? t(`audit.entities.${line.entity}`) : line.entity;
  const shown = line.named.slice(0, NAMES_SHOWN);
  const rest = line.named.length - shown.length;
  return (
    <>
      {entity}
      {shown.length > 0 ? ': ' : ''}
      {shown.map((n, i) => {
        // The comma goes inside a linked name: a button wraps as one box, and a comma after a
        // wrapped name would stand alone on a line of its own.
        const comma = i < shown.length - 1 ? ',' : '';
        return (
          <Fragment key={n.id}>
            {i > 0 ? ' ' : ''}
            {n.name === null ? (
              <span className={styles.muted}>{t('audit.lines.gone')}</span>
            ) : line.entity === 'subject' && onOpenTrail ? (
              <Link
                className={styles.name}
                onClick={() => {
                  onOpenTrail(n.id);
                }}
              >
                {n.name}
                {comma}
              </Link>
            ) : (
              `${n.name}${comma}`
            )}
            {n.name === null ? comma : ''}
          </Fragment>
        );
      })}
      {rest > 0 ? ` ${t('audit.lines.more', { count: rest })}` : ''}
      {line.viaGroup ? <span className={styles.muted}> {t('audit.trail.viaGroup')}</span> : null}
    </>
  );
};

export const AuditLinesTable = ({
  page,
  labelledBy,
  onPage,
  onOpenTrail,
}: {
  readonly page: AuditLinesPage;
  readonly labelledBy: string;
  readonly onPage: (offset: number) => void;
  readonly onOpenTrail?: (subjectId: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  if (page.items.length === 0) return <Body1 as="p">{t('audit.empty')}</Body1>;
  const actorName = (line: AuditLine) =>
    line.actorName ?? (line.actor === 'system' ? t('audit.system') : t('audit.unknownActor'));
  // An id the app no longer writes (an old register) still shows, as itself.
  const actionLabel = (id: string) => (isAuditAction(id) ? t(`audit.actions.${id}`) : id);
  const last = Math.min(page.offset + page.limit, page.total);
  return (
    <>
      <Table aria-labelledby={labelledBy} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('audit.columns.at')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.columns.actor')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.columns.action')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.columns.entity')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {page.items.map((line) => (
            <TableRow key={line.newestSeq}>
              <TableCell>{when(line, i18n.language)}</TableCell>
              <TableCell>{actorName(line)}</TableCell>
              <TableCell>
                {actionLabel(line.action)}
                {line.count > 1 ? ` ${t('audit.lines.times', { count: line.count })}` : ''}
              </TableCell>
              <TableCell>
                <Concerns line={line} {...(onOpenTrail ? { onOpenTrail } : {})} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <nav className={styles.pager} aria-label={t('audit.pager.label')}>
        <Button
          disabled={page.offset === 0}
          onClick={() => {
            onPage(Math.max(0, page.offset - page.limit));
          }}
        >
          {t('audit.pager.newer')}
        </Button>
        <Body1>
          {t('audit.pager.range', { from: page.offset + 1, to: last, total: page.total })}
        </Body1>
        <Button
          disabled={last >= page.total}
          onClick={() => {
            onPage(page.offset + page.limit);
          }}
        >
          {t('audit.pager.older')}
        </Button>
      </nav>
    </>
  );
};
