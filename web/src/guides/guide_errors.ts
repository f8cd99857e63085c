/**
 * The server's validation errors of a guide ({field, message}) placed on the editor's inputs.
 * Fields may be named "agencies[2].telephone", "agencies/2/telephone" or "maintained_by"; what
 * cannot be placed stays in the summary only.
 */
import type { FieldError } from '../api';

/** The editor's input id for a field of the guide. */
export function inputIdFor(field: string): string | null {
  const agency = /^agencies\W*(\d+)\W*(\w+)$/.exec(field);
  if (agency) return `agency-${agency[1]}-${agency[2]}`;
  if (field === 'maintained_by' || field === 'country') return `guide-${field.replace('_', '-')}`;
  return null;
}

/** Messages by input id. */
export function errorsByInput(errors: FieldError[]): Record<string, string> {
  const byInput: Record<string, string> = {};
  for (const error of errors) {
    const id = inputIdFor(error.field);
    if (id) byInput[id] = byInput[id] ? `${byInput[id]} ${error.message}` : error.message;
  }
  return byInput;
}

/**
 * The server names every problem of a guide in one sentence: "The guide has 2 problems:
 * agencies[1].telephone: is required for medical (Annex 2); maintained_by: name the agency …".
 * This splits it into {field, message} so each message stands beside its input.
 */
export function fieldErrorsFromDetail(detail: string): FieldError[] {
  const match = /^The guide has (?:a problem|\d+ problems): ([\s\S]*?)\.?$/.exec(detail.trim());
  if (!match) return [];
  const errors: FieldError[] = [];
  for (const part of match[1].split('; ')) {
    const item = /^([a-z_]+(?:\[\d+\](?:\.[a-z_]+)?)?): ([\s\S]+)$/.exec(part);
    if (item) errors.push({ field: item[1], message: item[2] });
  }
  return errors;
}
