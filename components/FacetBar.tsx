import type { EntityKind } from '../lib/entities/types';
import { type FacetFilter, type FacetOption, type FacetOptions, SORT_LABELS, type SortOrder, isFilterEmpty } from '../lib/insights/facets';
import { KIND_LABELS } from './clipping-format';

export interface FacetBarProps {
  options: FacetOptions;
  filter: FacetFilter;
  sort: SortOrder;
  onFilter: (filter: FacetFilter) => void;
  onSort: (sort: SortOrder) => void;
}

type MenuKey = 'entity' | 'kind' | 'dispute' | 'country' | 'site' | 'tag';
const MENUS: { key: MenuKey; label: string; any: string }[] = [
  { key: 'dispute', label: 'Dispute', any: 'Any dispute' },
  { key: 'country', label: 'Country', any: 'Any country' },
  { key: 'entity', label: 'Entity', any: 'Any entity' },
  { key: 'kind', label: 'Kind', any: 'Any kind' },
  { key: 'site', label: 'Site', any: 'Any site' },
  { key: 'tag', label: 'Tag', any: 'Any tag' },
];

/** Facet menus (each a labelled select), a date range and the sort order. Render-only. */
export function FacetBar({ options, filter, sort, onFilter, onSort }: FacetBarProps) {
  const set = (key: keyof FacetFilter, value: string) => onFilter({ ...filter, [key]: value || undefined });
  return (
    <fieldset class="facets">
      <legend class="visually-hidden">Filter and sort</legend>
      {MENUS.map(({ key, label, any }) => (
        <label key={key} class="facet">
          <span>{label}</span>
          <select aria-label={label} value={filter[key] ?? ''} onChange={(event) => set(key, event.currentTarget.value)}>
            <option value="">{any}</option>
            {options[key].map((option: FacetOption) => (
              <option key={option.value} value={option.value}>
                {key === 'kind' ? KIND_LABELS[option.value as EntityKind] : option.label} ({option.count})
              </option>
            ))}
          </select>
        </label>
      ))}
      <label class="facet">
        <span>From</span>
        <input type="date" aria-label="From" value={filter.from ?? ''} onChange={(event) => set('from', event.currentTarget.value)} />
      </label>
      <label class="facet">
        <span>To</span>
        <input type="date" aria-label="To" value={filter.to ?? ''} onChange={(event) => set('to', event.currentTarget.value)} />
      </label>
      <label class="facet">
        <span>Sort</span>
        <select aria-label="Sort" value={sort} onChange={(event) => onSort(event.currentTarget.value as SortOrder)}>
          {(Object.keys(SORT_LABELS) as SortOrder[]).map((order) => (
            <option key={order} value={order}>
              {SORT_LABELS[order]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="quiet" disabled={isFilterEmpty(filter)} onClick={() => onFilter({})}>
        Clear filters
      </button>
    </fieldset>
  );
}
