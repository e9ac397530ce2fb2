// The header row of the "Dzēšamie" tables: each column's label with its width class (the wide
// text column has none and takes the rest).
import { TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';

/** A column: its label and, for a fixed-width column, the class giving the width. */
export type Column = readonly [label: string, widthClass?: string];

export const HeaderRow = ({ columns }: { readonly columns: readonly Column[] }) => (
  <TableHeader>
    <TableRow>
      {columns.map(([label, widthClass]) => (
        <TableHeaderCell key={label} className={widthClass}>
          {label}
        </TableHeaderCell>
      ))}
    </TableRow>
  </TableHeader>
);
