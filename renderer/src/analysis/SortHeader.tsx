/** A column header that sorts its table: a button, with aria-sort saying the current order. */

import { useTranslation } from 'react-i18next';
import type { SortOrder } from './table-sort';

interface Props<C extends string> {
  label: string;
  column: C;
  order: SortOrder<C>;
  onSort: (column: C) => void;
}

export function SortHeader<C extends string>({ label, column, order, onSort }: Props<C>) {
  const { t } = useTranslation();
  const active = order.column === column;
  return (
    <th scope="col" aria-sort={active ? (order.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="sort"
        aria-label={t('analysis.sortBy', { column: label })}
        onClick={() => onSort(column)}
      >
        {label}
        {active && <span aria-hidden="true">{order.descending ? ' ▼' : ' ▲'}</span>}
      </button>
    </th>
  );
}
