import type { ReactNode } from 'react';
import { KeysetPager, Pagination, type PageInfo } from '../ui/pagination.js';

// The table and keyset pager every paginated hub list repeats (customers, products, orders,
// registrations, mailbox): an empty state, an optional bar above the rows, the table in a flush card,
// and the "next" / "previous" (or "first page") links under it. On a phone (CSS, <= 640 px) each row
// becomes a card: the primary cell is its title and every other cell shows its column's name beside
// its value, so the page never scrolls sideways (issue 17, H7). Decision 0040.

export interface ListColumn<Row> {
  /** The column's name: its header, and the label of the cell on a phone's card. */
  header: string;
  /** What the header shows instead of the name (e.g. a "select all" checkbox). */
  head?: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Classes of the cells (e.g. "num", "mono"); "num" and "check-cell" go on the header too. */
  className?: string;
  /** The cell that titles the row's card on a phone (a link to the row's page, usually). */
  primary?: boolean;
}

interface ListTableProps<Row> {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: ReadonlyArray<ListColumn<Row>>;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  /** Shown above the table when there are rows (a count, bulk actions). */
  toolbar?: ReactNode;
  pageInfo: PageInfo;
  /** Pages both ways ("previous" with `before`) when the list's query supports it; else "first page". */
  bothWays?: boolean;
}

const HEAD_CLASSES = ['num', 'check-cell'];

export function ListTable<Row>({ rows, rowKey, columns, empty, toolbar, pageInfo, bothWays }: ListTableProps<Row>) {
  return (
    <>
      {rows.length === 0 ? (
        <div className="empty card">
          <p>{empty}</p>
        </div>
      ) : (
        <>
          {toolbar}
          <div className="card card--flush">
            <div className="table-wrap">
              <table className="table table--stack list-table">
                <thead>
                  <tr>
                    {columns.map((column) => {
                      const headClass = (column.className ?? '')
                        .split(' ')
                        .filter((c) => HEAD_CLASSES.includes(c))
                        .join(' ');
                      return (
                        <th key={column.header} scope="col" className={headClass || undefined}>
                          {column.head ?? column.header}
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={rowKey(row)}>
                      {columns.map((column) => (
                        <td
                          key={column.header}
                          className={[column.className, column.primary ? 'list-table__primary' : ''].filter(Boolean).join(' ') || undefined}
                          data-label={column.primary ? undefined : column.header}
                        >
                          {/* One box per value, so a phone's card lays out label and value side by side. */}
                          {column.primary ? column.cell(row) : <span className="list-table__value">{column.cell(row)}</span>}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
      {bothWays ? <KeysetPager pageInfo={pageInfo} /> : <Pagination pageInfo={pageInfo} />}
    </>
  );
}
