import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, whiteSpace: 'pre-wrap' },
});

/** One line of a record: its label and what it holds (a text, or '—' when empty). */
export type DetailRow = readonly [label: string, value: ReactNode];

/** A record's fields as a description list: labels in one column, values beside them. */
export const DetailList = ({ rows }: { readonly rows: readonly DetailRow[] }) => {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt className={styles.term}>{label}</dt>
          <dd className={styles.detail}>{value}</dd>
        </div>
      ))}
    </dl>
  );
};
