import { t, type MessageKey } from '../i18n';
import { SEXES } from '../screening/person_step';
import { EMPTY_ROW, isBlank, NEEDS, parseNeeds, type MemberRow, type RowErrors } from './member_rows';

interface MemberTableProps {
  rows: MemberRow[];
  errors: RowErrors[];
  onChange: (rows: MemberRow[]) => void;
  /** Ctrl+Enter in a cell: register the group. */
  onSubmit: () => void;
}

function focusCell(row: number, field: keyof MemberRow) {
  setTimeout(() => document.getElementById(`member-${row}-${field}`)?.focus(), 0);
}

/**
 * The members, one row each, typed with the keyboard only: Tab moves across the fields, Enter
 * goes to the next row (there is always a blank one after the last), Ctrl+Enter registers the group.
 */
export function MemberTable({ rows: typed, errors, onChange, onSubmit }: MemberTableProps) {
  // A blank row always follows the last one typed, so that Enter moves the focus at once, before
  // the next key: nothing typed quickly is lost. Blank rows are never registered.
  const rows = typed.length > 0 && isBlank(typed[typed.length - 1]) ? typed : [...typed, { ...EMPTY_ROW }];
  const set = (index: number, field: keyof MemberRow, value: string) => onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.altKey || event.shiftKey) return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) {
      onSubmit();
      return;
    }
    document.getElementById(`member-${Math.min(index + 1, rows.length - 1)}-name`)?.focus();
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    focusCell(Math.max(0, index - 1), 'name');
  };

  return (
    <>
      <p class="hint" id="needs-legend">
        {t('influx.needsLegend')} {NEEDS.map((need, i) => `${i + 1} ${t(`influx.need.${need}` as MessageKey)}`).join(' · ')}
      </p>
      <div class="table-wrap">
        <table class="data-table member-table" id="member-table">
          <caption class="visually-hidden">{t('influx.members')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('influx.col.name')}</th>
              <th scope="col">{t('influx.col.sex')}</th>
              <th scope="col">{t('influx.col.age')}</th>
              <th scope="col">{t('influx.col.nationality')}</th>
              <th scope="col">{t('influx.col.needs')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('influx.col.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const number = index + 1;
              const rowError = errors[index] ?? {};
              const needs = parseNeeds(row.needs).needs;
              const cell = (field: 'name' | 'age' | 'nationality' | 'needs', props: Record<string, unknown> = {}) => {
                const id = `member-${index}-${field}`;
                const error = rowError[field];
                return (
                  <td class={error ? 'cell-invalid' : undefined}>
                    <input
                      id={id}
                      type="text"
                      autocomplete="off"
                      value={row[field]}
                      aria-label={t(`influx.cell.${field}` as MessageKey, { number })}
                      aria-invalid={error ? 'true' : undefined}
                      aria-describedby={[error ? `${id}-error` : '', field === 'needs' ? `needs-legend ${id}-names` : ''].filter(Boolean).join(' ') || undefined}
                      onInput={(e) => set(index, field, e.currentTarget.value)}
                      onKeyDown={onKeyDown(index)}
                      {...props}
                    />
                    {field === 'needs' && needs.length > 0 && (
                      <span class="cell-hint" id={`${id}-names`}>
                        {needs.map((n) => t(`influx.need.${n}` as MessageKey)).join(', ')}
                      </span>
                    )}
                    {error && (
                      <span class="field-error" id={`${id}-error`}>
                        {error}
                      </span>
                    )}
                  </td>
                );
              };
              return (
                <tr key={index}>
                  <th scope="row">{number}</th>
                  {cell('name', { dir: 'auto' })}
                  <td>
                    <select
                      id={`member-${index}-sex`}
                      value={row.sex}
                      aria-label={t('influx.cell.sex', { number })}
                      onChange={(e) => set(index, 'sex', e.currentTarget.value)}
                      onKeyDown={onKeyDown(index)}
                    >
                      <option value="">—</option>
                      {SEXES.map((s) => (
                        <option key={s} value={s}>
                          {t(`screening.sex.${s}` as MessageKey)}
                        </option>
                      ))}
                    </select>
                  </td>
                  {cell('age', { inputMode: 'numeric', maxLength: 3, class: 'input-narrow' })}
                  {cell('nationality', { maxLength: 2, class: 'input-narrow', autoCapitalize: 'characters' })}
                  {cell('needs', { inputMode: 'numeric' })}
                  <td>
                    <button type="button" class="button button-secondary button-small" onClick={() => remove(index)} aria-label={t('influx.removeRow', { number })}>
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
