/**
 * The wizard's view of a form: one step per question, in the form's order, groups flattened (their
 * label is shown as the section) and a repeat as one step with its instances. Which steps are
 * asked comes from the server's check (`relevant` paths), never from the browser.
 */
import type { AnswerValue, Answers, FormCheck, FormQuestion, Labels } from './screening_api';

export type BaseType =
  | 'select_one'
  | 'select_multiple'
  | 'text'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'note'
  | 'begin_group'
  | 'begin_repeat'
  | 'other';

/**
 * The XLSForm type without its list name. The server writes groups and repeats as "group" and
 * "repeat"; the sheet's spellings ("begin group", "begin_repeat") are read the same.
 */
export function baseType(type: string): BaseType {
  const head = type.trim().replace(/^begin\s+/, 'begin_').replace(/^(group|repeat)$/, 'begin_$1').split(/\s+/)[0];
  const known: BaseType[] = ['select_one', 'select_multiple', 'text', 'integer', 'decimal', 'date', 'note', 'begin_group', 'begin_repeat'];
  return (known as string[]).includes(head) ? (head as BaseType) : 'other';
}

export interface Step {
  /** The path the server's check uses: the question's name (groups add nothing). */
  path: string;
  question: FormQuestion;
  /** The enclosing group, shown as the section heading. */
  section: FormQuestion | null;
}

/** The form as steps: every question outside repeats, and each repeat as one step. */
export function stepsOf(questions: FormQuestion[], section: FormQuestion | null = null): Step[] {
  const steps: Step[] = [];
  for (const question of questions) {
    const type = baseType(question.type);
    if (type === 'begin_group') steps.push(...stepsOf(question.children ?? [], question));
    else steps.push({ path: question.name, question, section });
  }
  return steps;
}

/** Whether the server's last check asks this step; before any check, every step is asked. */
export function isAsked(step: Step, check: FormCheck | null): boolean {
  if (!check) return true;
  // A question of a group that is not relevant is not relevant either (the engine's rule).
  return check.relevant.includes(step.path);
}

/** The index of the next asked step after `from` (-1 when none: the end of the questionnaire). */
export function nextAsked(steps: Step[], from: number, check: FormCheck | null): number {
  for (let i = from + 1; i < steps.length; i++) if (isAsked(steps[i], check)) return i;
  return -1;
}

/** The index of the asked step before `from` (-1 at the start: back to the person). */
export function previousAsked(steps: Step[], from: number, check: FormCheck | null): number {
  for (let i = Math.min(from, steps.length) - 1; i >= 0; i--) if (isAsked(steps[i], check)) return i;
  return -1;
}

/** The issues of the check that belong to a step (a repeat's include its instances' questions). */
export function issuesFor(step: Step, check: FormCheck | null): { path: string; message: string }[] {
  if (!check) return [];
  return check.issues.filter((issue) => issue.path === step.path || issue.path.startsWith(`${step.path}[`));
}

/** The text in `language`, else the plain label, else English, else any. */
export function labelIn(labels: Labels | undefined, language: string): string {
  if (!labels) return '';
  return labels[language] ?? labels[''] ?? labels.en ?? Object.values(labels)[0] ?? '';
}

/** Whether a text exists in exactly this language (to say when the interpreter has none). */
export function hasLabel(labels: Labels | undefined, language: string): boolean {
  return Boolean(labels && labels[language]);
}

/** The answers with `name` set to `value`; an empty value removes the answer. */
export function withAnswer(answers: Answers, name: string, value: AnswerValue | undefined): Answers {
  const next = { ...answers };
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) delete next[name];
  else next[name] = value;
  return next;
}

/** The choice names after the officer picks `choice` (toggles for select_multiple). */
export function pick(type: BaseType, current: AnswerValue | undefined, choice: string): AnswerValue | undefined {
  if (type === 'select_one') return current === choice ? undefined : choice;
  const selected = Array.isArray(current) ? (current as string[]) : [];
  return selected.includes(choice) ? selected.filter((c) => c !== choice) : [...selected, choice];
}

/** A typed value as the server reads it: numbers for integer/decimal, text as typed otherwise. */
export function typedValue(type: BaseType, text: string): AnswerValue | undefined {
  if (text.trim() === '') return undefined;
  if (type === 'integer' && /^-?\d+$/.test(text.trim())) return Number(text.trim());
  if (type === 'decimal' && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text.trim());
  return text;
}

/** A medical emergency is shown first among the specific needs (UN-5: before any question). */
export const EMERGENCY_CHOICE = 'medical_emergency';

export function orderedChoices<T extends { name: string }>(choices: T[]): T[] {
  const emergency = choices.filter((c) => c.name === EMERGENCY_CHOICE);
  return emergency.length ? [...emergency, ...choices.filter((c) => c.name !== EMERGENCY_CHOICE)] : choices;
}
