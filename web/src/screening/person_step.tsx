import { SelectField } from '../components/select_field';
import { TextField } from '../components/text_field';
import { countryName, withCode } from '../format';
import { t, type MessageKey } from '../i18n';
import type { FormLanguage } from './screening_api';

/** What the officer types before the questions: the person, the place and the two languages. */
export interface PersonDraft {
  name: string;
  sex: string;
  age: string;
  nationality: string;
  language: string;
  country: string;
  location: string;
  officerLanguage: string;
  interpreterLanguage: string;
}

export const EMPTY_PERSON: PersonDraft = {
  name: '',
  sex: '',
  age: '',
  nationality: '',
  language: '',
  country: '',
  location: '',
  officerLanguage: 'en',
  interpreterLanguage: 'en',
};

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;

export type PersonErrors = Partial<Record<keyof PersonDraft, string>>;

/** The checks the browser can make before asking the server (which checks again). */
export function personErrors(draft: PersonDraft): PersonErrors {
  const errors: PersonErrors = {};
  if (!draft.name.trim()) errors.name = t('screening.person.nameMissing');
  const age = draft.age.trim();
  if (age && (!/^\d{1,3}$/.test(age) || Number(age) > 120)) errors.age = t('screening.person.ageInvalid');
  if (draft.nationality.trim() && !/^[A-Za-z]{2}$/.test(draft.nationality.trim())) {
    errors.nationality = t('screening.person.nationalityInvalid');
  }
  if (!/^[A-Za-z]{2}$/.test(draft.country.trim())) errors.country = t('screening.person.countryMissing');
  return errors;
}

interface PersonStepProps {
  draft: PersonDraft;
  errors: PersonErrors;
  languages: FormLanguage[];
  /** Countries with a reference guide (UN-7); empty when they could not be listed. */
  countries: string[];
  onChange: (draft: PersonDraft) => void;
}

/** The person (minimal data), where the screening takes place, and who speaks which language. */
export function PersonStep({ draft, errors, languages, countries, onChange }: PersonStepProps) {
  const set = (field: keyof PersonDraft) => (value: string) => onChange({ ...draft, [field]: value });
  const languageOptions = languages.map((l) => ({
    value: l.code,
    label: l.reviewed ? `${l.name} (${l.code})` : t('screening.language.unreviewed', { name: l.name, code: l.code }),
  }));
  return (
    <div class="person-step">
      <fieldset>
        <legend>{t('screening.person.legend')}</legend>
        <TextField id="person-name" label={t('screening.person.name')} value={draft.name} onInput={set('name')} required dir="auto" error={errors.name} />
        <SelectField
          id="person-sex"
          label={t('screening.person.sex')}
          value={draft.sex}
          onChange={set('sex')}
          options={[{ value: '', label: t('screening.person.sexNone') }, ...SEXES.map((s) => ({ value: s, label: t(`screening.sex.${s}` as MessageKey) }))]}
        />
        <TextField id="person-age" label={t('screening.person.age')} value={draft.age} onInput={set('age')} inputMode="numeric" maxLength={3} class="field-short" error={errors.age} />
        <TextField
          id="person-nationality"
          label={t('screening.person.nationality')}
          hint={t('screening.person.nationalityHint')}
          value={draft.nationality}
          onInput={set('nationality')}
          maxLength={2}
          autoCapitalize="characters"
          class="field-short"
          error={errors.nationality}
        />
        <TextField
          id="person-language"
          label={t('screening.person.language')}
          hint={t('screening.person.languageHint')}
          value={draft.language}
          onInput={set('language')}
          maxLength={3}
          class="field-short"
        />
      </fieldset>
      <fieldset>
        <legend>{t('screening.place.legend')}</legend>
        {countries.length > 0 ? (
          <SelectField
            id="screening-country"
            label={t('screening.place.country')}
            hint={errors.country ?? t('screening.place.countryHint')}
            value={draft.country}
            onChange={set('country')}
            options={[{ value: '', label: t('screening.place.countryNone') }, ...countries.map((c) => ({ value: c, label: withCode(countryName(c), c) }))]}
          />
        ) : (
          <TextField
            id="screening-country"
            label={t('screening.place.country')}
            hint={t('screening.place.countryHint')}
            value={draft.country}
            onInput={set('country')}
            maxLength={2}
            autoCapitalize="characters"
            class="field-short"
            required
            error={errors.country}
          />
        )}
        <TextField id="screening-location" label={t('screening.place.location')} value={draft.location} onInput={set('location')} dir="auto" />
      </fieldset>
      <fieldset>
        <legend>{t('screening.language.legend')}</legend>
        <SelectField id="officer-language" label={t('screening.language.officer')} value={draft.officerLanguage} onChange={set('officerLanguage')} options={languageOptions} />
        <SelectField
          id="interpreter-language"
          label={t('screening.language.interpreter')}
          hint={t('screening.language.interpreterHint')}
          value={draft.interpreterLanguage}
          onChange={set('interpreterLanguage')}
          options={languageOptions}
        />
      </fieldset>
    </div>
  );
}
