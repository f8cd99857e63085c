/**
 * English messages of the Questionnaires page (issue 5): the forms a screening can use, and the
 * upload of a team's own XLSForm. Spread into the catalogue in en.ts.
 */
export const enForms = {
  'forms.title': 'Questionnaires',
  'screening.form.choose': 'Questionnaire',
  'forms.link': 'Questionnaires',
  'forms.intro':
    'The forms a screening can use: the shipped UNHCR Annex 1 form and the questionnaires your team wrote in the XLSForm conventions (sheets survey, choices and settings; see docs/screening.md).',
  'forms.noAccess': 'Only an administrator may manage questionnaires.',
  'forms.loading': 'Loading the questionnaires…',
  'forms.loadFailed': 'The questionnaires could not be loaded: {detail}',
  'forms.col.id': 'Id',
  'forms.col.title': 'Title',
  'forms.col.source': 'Source',
  'forms.col.languages': 'Languages',
  'forms.col.questions': 'Questions',
  'forms.col.marked': 'Marked choices',
  'forms.shipped': 'Shipped',
  'forms.stored': 'Loaded by {who}, {when}, from {file}',
  'forms.unreadable': 'Cannot be read any more: {detail}',
  'forms.language': '{name} ({code})',
  'forms.reviewed': 'reviewed',
  'forms.notReviewed': 'not reviewed',
  'forms.upload.title': 'Load a questionnaire',
  'forms.upload.file': 'Form file (.xlsx or .json)',
  'forms.upload.fileHint': 'An XLSForm workbook, or the same sheets as JSON. A CSV form is loaded with verbatim form import.',
  'forms.upload.id': 'Store it under the id (optional)',
  'forms.upload.idHint':
    'Leave empty to use the form_id of the settings sheet. A stored form with the same id is replaced; the id of a shipped form cannot be used.',
  'forms.upload.submit': 'Load the questionnaire',
  'forms.upload.busy': 'Checking and storing…',
  'forms.upload.noFile': 'Choose the form file first.',
  'forms.upload.wrongType': '{name} is neither an .xlsx nor a .json file.',
  'forms.upload.failed': 'The questionnaire was not stored: {detail}',
  'forms.upload.done': 'Questionnaire {id} stored: {questions} questions, {marked} marked choices.',
  'forms.upload.replaced': 'Questionnaire {id} replaced: {questions} questions, {marked} marked choices.',
} as const;
