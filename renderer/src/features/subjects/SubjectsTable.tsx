// The virtualised list: only the rows in view are in the DOM, so 2,000 children scroll as
// smoothly as 20. ARIA table roles with aria-rowcount/aria-rowindex tell a screen reader the
// real size; each row is focusable, Enter opens it, arrows move between rows.
import { makeStyles, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircle16Regular,
  ErrorCircle16Regular,
  QuestionCircle16Regular,
  ShieldLock16Regular,
  Warning16Regular,
} from '@fluentui/react-icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectKind } from '@shared/domain/types';
import { PersonName } from '../../components/PersonName';
import { kindContext } from './kind-context';
import type { ConsentSummary, SubjectHits, SubjectListItem } from './subjects-api';

const ROW_HEIGHT = 40;
const COLUMNS = '2fr 1fr 1fr 2fr';
/** A social office has no groups (its clients are in caseloads): no group column. */
const CLIENT_COLUMNS = '2fr 1fr 2fr';

const useStyles = makeStyles({
  table: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  header: {
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  scroller: { maxHeight: '60vh', overflowY: 'auto', position: 'relative' },
  row: {
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    alignItems: 'center',
    position: 'absolute',
    left: 0,
    right: 0,
    padding: `0 ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  cell: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
  },
  restricted: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

type Props = {
  /** The matching ids in display order; only the rendered window is read (a plain array works too). */
  readonly ids: Pick<SubjectHits, 'length' | 'at' | 'slice'>;
  readonly items: ReadonlyMap<string, SubjectListItem>;
  readonly groupName: (id: string | null) => string;
  readonly summaries: ReadonlyMap<string, ConsentSummary>;
  readonly onOpen: (id: string) => void;
  /** Called with the ids currently rendered, so their consent summaries can be fetched. */
  readonly onVisible: (ids: readonly string[]) => void;
  readonly label: string;
  /** Children or clients: their "left" status has different words. */
  readonly kind: SubjectKind;
};

const SummaryIcon = ({ tone }: { readonly tone: ConsentSummary['tone'] }) => {
  if (tone === 'ok') return <CheckmarkCircle16Regular aria-hidden />;
  if (tone === 'partial') return <Warning16Regular aria-hidden />;
  if (tone === 'none') return <ErrorCircle16Regular aria-hidden />;
  return <QuestionCircle16Regular aria-hidden />;
};

export const SubjectsTable = ({
  ids,
  items,
  groupName,
  summaries,
  onOpen,
  onVisible,
  label,
  kind,
}: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser's functions change every render by design; this component is cheap to re-render.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const first = virtualRows[0]?.index ?? 0;
  const last = virtualRows[virtualRows.length - 1]?.index ?? -1;

  useEffect(() => {
    onVisible(ids.slice(first, last + 1));
  }, [ids, first, last, onVisible]);

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(ids.length - 1, index));
    virtualizer.scrollToIndex(target);
    // The row may only exist after the virtualiser re-renders.
    requestAnimationFrame(() => {
      scroller.current?.querySelector<HTMLElement>(`[data-index="${String(target)}"]`)?.focus();
    });
  };

  const onKey = (event: KeyboardEvent<HTMLDivElement>, index: number, id: string) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(id);
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusRow(index + 1);
    }
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(index - 1);
    }
    if (event.key === 'Home') {
      event.preventDefault();
      focusRow(0);
    }
    if (event.key === 'End') {
      event.preventDefault();
      focusRow(ids.length - 1);
    }
  };

  const withGroups = kind !== 'client';
  const columns = { gridTemplateColumns: withGroups ? COLUMNS : CLIENT_COLUMNS };
  return (
    <div role="table" aria-label={label} aria-rowcount={ids.length + 1} className={styles.table}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={styles.header} style={columns}>
          <span role="columnheader">{t('subjects.columns.name')}</span>
          {withGroups ? <span role="columnheader">{t('subjects.columns.group')}</span> : null}
          <span role="columnheader">{t('subjects.columns.status')}</span>
          <span role="columnheader">{t('subjects.columns.consents')}</span>
        </div>
      </div>
      <div
        ref={scroller}
        className={styles.scroller}
        style={{ height: virtualizer.getTotalSize() }}
        role="rowgroup"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualRows.map((row) => {
            const id = ids.at(row.index) ?? '';
            const item = items.get(id);
            if (!item) return null;
            const summary = summaries.get(id);
            return (
              <div
                key={id}
                role="row"
                tabIndex={0}
                data-index={row.index}
                aria-rowindex={row.index + 2}
                className={styles.row}
                style={{ ...columns, top: row.start, height: ROW_HEIGHT }}
                onClick={() => {
                  onOpen(id);
                }}
                onKeyDown={(e) => {
                  onKey(e, row.index, id);
                }}
              >
                <span role="cell" className={styles.cell}>
                  <PersonName
                    name={`${item.familyName}, ${item.givenNames}`}
                    tag={
                      item.namesakeBirthDate === undefined
                        ? undefined
                        : { birthDate: item.namesakeBirthDate }
                    }
                  />
                  {item.restricted ? (
                    <span className={`${styles.cell} ${styles.restricted}`}>
                      <ShieldLock16Regular aria-hidden /> {t('subjects.restrictedBadge')}
                    </span>
                  ) : null}
                </span>
                {withGroups ? (
                  <span role="cell" className={styles.cell}>
                    {groupName(item.groupId)}
                  </span>
                ) : null}
                <span role="cell" className={styles.cell}>
                  {t(`subjects.status.${item.status}`, kindContext(kind))}
                </span>
                <span role="cell" className={styles.cell}>
                  {summary ? (
                    <>
                      <SummaryIcon tone={summary.tone} /> {summary.text}
                    </>
                  ) : (
                    '—'
                  )}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
};
