/** Names for people of the codes a screening result uses; unknown codes are shown as sent. */
import { t, type MessageKey } from '../i18n';
import type { ScreeningForm } from './screening_api';
import { labelIn } from './wizard_steps';

function keyed(prefix: string, code: string): string {
  const key = `${prefix}.${code}` as MessageKey;
  const label = t(key);
  return label === key ? code : label;
}

/** "Asylum authority" for "asylum_authority" (Annex 2 categories). */
export function categoryLabel(category: string): string {
  return keyed('referral.category', category);
}

export function priorityLabel(priority: string): string {
  return keyed('screening.priority', priority);
}

export function decisionLabel(kind: string): string {
  return keyed('screening.decision', kind);
}

/** A question's text in `language`, from the form when it is known, else its name. */
export function questionLabel(form: ScreeningForm | null, name: string, language = 'en'): string {
  const question = form && findQuestion(form.questions, name);
  return (question && labelIn(question.label, language)) || name;
}

/** A choice's text in `language`, from the form when it is known, else its name. */
export function choiceLabel(form: ScreeningForm | null, questionName: string, choice: string, language = 'en'): string {
  const question = form && findQuestion(form.questions, questionName);
  const found = question?.choices?.find((c) => c.name === choice);
  return (found && labelIn(found.label, language)) || choice;
}

function findQuestion(questions: ScreeningForm['questions'], name: string): ScreeningForm['questions'][number] | null {
  for (const question of questions) {
    if (question.name === name) return question;
    const inner = findQuestion(question.children ?? [], name);
    if (inner) return inner;
  }
  return null;
}

export function referralStatusLabel(status: string): string {
  return keyed('referral.status', status);
}

/** A specific need (UN-5) by its choice name, from the form when known. */
export function needLabel(form: ScreeningForm | null, need: string): string {
  return choiceLabel(form, 'specific_needs', need);
}
