import { Fragment } from 'preact';
import { TextField } from '../components/text_field';
import { t, type MessageKey } from '../i18n';
import { AGENCY_FIELDS, type Agency, type AgencyField } from './guide_api';

interface AgencyFieldsProps {
  /** The agency's index in the guide, which names its inputs ("agency-3-telephone"). */
  index: number;
  agency: Agency;
  errors: Record<string, string>;
  onChange: (agency: Agency) => void;
  onRemove: () => void;
  legend: string;
}

/** One agency of the guide: name, services, unit, telephone, address, hours, hotline, contact. */
export function AgencyFields({ index, agency, errors, onChange, onRemove, legend }: AgencyFieldsProps) {
  return (
    <fieldset class="agency" data-agency-index={index}>
      <legend>{legend}</legend>
      <div class="agency-grid">
        {AGENCY_FIELDS.map((field: AgencyField) => {
          const id = `agency-${index}-${field}`;
          return (
            <TextField
              key={field}
              id={id}
              label={t(`guides.field.${field}` as MessageKey)}
              value={agency[field] ?? ''}
              onInput={(value) => onChange({ ...agency, [field]: value })}
              required={field === 'name'}
              dir="auto"
              error={errors[id]}
            />
          );
        })}
      </div>
      <button type="button" class="button button-secondary button-small" onClick={onRemove}>
        {t('guides.remove', { name: agency.name || legend })}
      </button>
    </fieldset>
  );
}

/** The same agency as text, for those who may read the guide but not edit it. */
export function AgencyView({ agency }: { agency: Agency }) {
  return (
    <div class="agency agency-view">
      <h4 dir="auto">{agency.name}</h4>
      <dl class="facts-grid">
        {AGENCY_FIELDS.filter((f) => f !== 'name' && agency[f]).map((field) => (
          <Fragment key={field}>
            <dt>{t(`guides.field.${field}` as MessageKey)}</dt>
            <dd dir="auto">{agency[field]}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
