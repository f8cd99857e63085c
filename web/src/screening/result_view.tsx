import { t } from '../i18n';
import { choiceLabel, needLabel, priorityLabel, questionLabel } from './labels';
import type { ScreeningForm, ScreeningResult } from './screening_api';

/** A flag of the result, said in words and not by colour alone. */
function Flag({ on, id, label }: { on: boolean; id: string; label: string }) {
  return (
    <li class={`flag ${on ? 'flag-on' : 'flag-off'}`} id={id} data-on={on ? 'true' : 'false'}>
      <span class="flag-mark" aria-hidden="true">
        {on ? '●' : '○'}
      </span>{' '}
      {label}: <strong>{on ? t('screening.flag.yes') : t('screening.flag.no')}</strong>
    </li>
  );
}

/**
 * What the answers mean (UN-10, UN-4, UN-5): the two indicators, non-refoulement, the priority,
 * the specific needs and the answers that carry a marker. Announced when it appears.
 */
export function ResultSummary({ result, form }: { result: ScreeningResult; form: ScreeningForm | null }) {
  return (
    <section class="result-section result-summary" aria-labelledby="result-title" aria-live="polite" id="screening-result">
      <h2 id="result-title">{t('screening.result.title')}</h2>
      <ul class="flags">
        <Flag id="flag-asylum" on={result.potential_asylum_seeker} label={t('screening.flag.asylum')} />
        <Flag id="flag-trafficking" on={result.potential_trafficking_victim} label={t('screening.flag.trafficking')} />
        <Flag id="flag-non-refoulement" on={result.non_refoulement} label={t('screening.flag.nonRefoulement')} />
      </ul>
      <p id="result-priority">
        {t('screening.result.priority')} <span class={`badge badge-priority-${result.priority}`}>{priorityLabel(result.priority)}</span>
      </p>
      <h3>{t('screening.result.needs')}</h3>
      {result.specific_needs.length === 0 ? (
        <p>{t('screening.result.noNeeds')}</p>
      ) : (
        <ul id="result-needs">
          {result.specific_needs.map((need) => (
            <li key={need}>{needLabel(form, need)}</li>
          ))}
        </ul>
      )}
      <h3>{t('screening.result.indicators')}</h3>
      {result.indicators.length === 0 ? (
        <p>{t('screening.result.noIndicators')}</p>
      ) : (
        <table class="data-table" id="result-indicators">
          <caption class="visually-hidden">{t('screening.result.indicators')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('screening.result.col.question')}</th>
              <th scope="col">{t('screening.result.col.answer')}</th>
              <th scope="col">{t('screening.result.col.marker')}</th>
            </tr>
          </thead>
          <tbody>
            {result.indicators.map((indicator, index) => (
              <tr key={index} data-marker={indicator.marker}>
                <td>{questionLabel(form, indicator.question)}</td>
                <td>{choiceLabel(form, indicator.question, indicator.choice)}</td>
                <td>
                  <span class="marker">{indicator.marker}</span> {markerMeaning(indicator.marker)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** "*" potential asylum seeker, "+" potential trafficking victim (Annex 1, UN-10). */
export function markerMeaning(marker: string): string {
  const parts: string[] = [];
  if (marker.includes('*')) parts.push(t('screening.flag.asylum'));
  if (marker.includes('+')) parts.push(t('screening.flag.trafficking'));
  return parts.join(', ');
}
