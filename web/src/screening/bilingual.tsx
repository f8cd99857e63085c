import type { FormLanguage, Labels } from './screening_api';
import { hasLabel, labelIn } from './wizard_steps';

/** The languages the wizard speaks: the officer's and the interpreter's (may be the same). */
export interface WizardLanguages {
  officer: FormLanguage;
  interpreter: FormLanguage;
}

function dirOf(language: FormLanguage): 'rtl' | 'ltr' {
  return language.rtl ? 'rtl' : 'ltr';
}

/**
 * A text of the form in the interpreter's language, beside the officer's, with the language's
 * direction (right to left where the languages list says so). Nothing when both are the same.
 */
export function InterpreterText({ labels, languages, class: className }: { labels: Labels | undefined; languages: WizardLanguages; class?: string }) {
  const { officer, interpreter } = languages;
  if (interpreter.code === officer.code || !hasLabel(labels, interpreter.code)) return null;
  return (
    <span class={`interpreter-text${className ? ` ${className}` : ''}`} lang={interpreter.code} dir={dirOf(interpreter)}>
      {labelIn(labels, interpreter.code)}
    </span>
  );
}

/** A text in the officer's language, marked with its language and direction. */
export function OfficerText({ labels, languages }: { labels: Labels | undefined; languages: WizardLanguages }) {
  const { officer } = languages;
  return (
    <span class="officer-text" lang={officer.code} dir={dirOf(officer)}>
      {labelIn(labels, officer.code)}
    </span>
  );
}
