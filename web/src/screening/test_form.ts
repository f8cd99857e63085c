/** A small questionnaire in the shape of GET /api/v1/screening/forms/{id}, for the tests. */
import type { FormCheck, ScreeningForm, Screening } from './screening_api';

export const TEST_FORM: ScreeningForm = {
  id: 'unhcr-annex1',
  title: 'Annex 1',
  languages: [
    { code: 'en', name: 'English', reviewed: true, rtl: false },
    { code: 'ru', name: 'Russian', reviewed: false, rtl: false },
    { code: 'fa', name: 'Dari', reviewed: false, rtl: true },
  ],
  questions: [
    {
      name: 'specific_needs',
      type: 'select_multiple specific_needs',
      label: { en: 'Specific needs observed', ru: 'Особые потребности', fa: 'نیازهای خاص' },
      hint: { en: 'Observe before asking.' },
      choices: [
        { name: 'child', label: { en: 'Child', ru: 'Ребёнок', fa: 'کودک' } },
        { name: 'elderly', label: { en: 'Elderly', ru: 'Пожилой', fa: 'سالمند' } },
        { name: 'medical_emergency', label: { en: 'Medical emergency', ru: 'Экстренная помощь', fa: 'اورژانس' } },
      ],
    },
    {
      name: 'journey',
      type: 'group',
      label: { en: 'Journey', ru: 'Путь' },
      children: [
        { name: 'left_on', type: 'date', label: { en: '1. When did you leave?', ru: '1. Когда вы уехали?' } },
        {
          name: 'route',
          type: 'repeat',
          label: { en: '3. Places passed through', ru: '3. Места' },
          children: [
            { name: 'country', type: 'text', label: { en: 'Country', ru: 'Страна' }, required: true },
            { name: 'duration', type: 'text', label: { en: 'Duration', ru: 'Срок' } },
          ],
        },
      ],
    },
    {
      name: 'reasons',
      type: 'select_multiple reasons',
      label: { en: '5. Why did you leave?', ru: '5. Почему вы уехали?', fa: 'چرا ترک کردید؟' },
      required: true,
      choices: [
        { name: 'persecution', label: { en: 'Persecution', ru: 'Преследование' }, marker: '*' },
        { name: 'deception', label: { en: 'Deception', ru: 'Обман' }, marker: '+' },
        { name: 'other', label: { en: 'Other', ru: 'Другое' } },
      ],
    },
    { name: 'reasons_other', type: 'text', label: { en: 'Other reason', ru: 'Другая причина' }, required: true },
    { name: 'statement', type: 'text', label: { en: 'In your own words', ru: 'Своими словами' } },
  ],
};

/** The server's check for TEST_FORM: reasons_other only with "other"; reasons required. */
export function testCheck(answers: Record<string, unknown>): FormCheck {
  const reasons = Array.isArray(answers.reasons) ? (answers.reasons as string[]) : [];
  const relevant = ['specific_needs', 'journey', 'left_on', 'route', 'reasons', 'statement'];
  const issues: FormCheck['issues'] = [];
  if (reasons.includes('other')) relevant.push('reasons_other');
  if (reasons.length === 0) issues.push({ path: 'reasons', message: '"reasons" is required.' });
  const route = Array.isArray(answers.route) ? (answers.route as Record<string, unknown>[]) : [];
  route.forEach((instance, i) => {
    relevant.push(`route[${i + 1}]/country`, `route[${i + 1}]/duration`);
    if (!instance.country) issues.push({ path: `route[${i + 1}]/country`, message: `"route[${i + 1}]/country" is required.` });
  });
  if (reasons.includes('other') && !answers.reasons_other) issues.push({ path: 'reasons_other', message: '"reasons_other" is required.' });
  return { relevant, issues, complete: issues.length === 0 };
}

export const TEST_SCREENING: Screening = {
  id: 'scr1',
  form: 'unhcr-annex1',
  country: 'KZ',
  location: 'Khorgos',
  person: { name: 'Farid Karimi', sex: 'male', approximate_age: 34, nationality: 'AF', language: 'fa' },
  answers: { reasons: ['persecution', 'deception'], statement: 'They will kill me if I go back.' },
  result: {
    potential_asylum_seeker: true,
    potential_trafficking_victim: true,
    non_refoulement: true,
    priority: 'high',
    specific_needs: ['elderly'],
    referrals: [
      { category: 'asylum_authority', priority: 'high', reason: 'Potential asylum seeker (UN-6).', agency: { id: 'kz-asylum', name: 'Migration Service (EXAMPLE)' } },
      { category: 'anti_trafficking', priority: 'high', reason: 'Potential victim of trafficking.', agency: null },
    ],
    indicators: [
      { question: 'reasons', choice: 'persecution', marker: '*' },
      { question: 'reasons', choice: 'deception', marker: '+' },
    ],
    fear_expressions: [{ phrase: 'they will kill me', language: 'en', excerpt: 'They will kill me if I go back.' }],
  },
  fear_confirmed: null,
  created_at: '2026-11-22T09:00:00Z',
  created_by: 'border',
  decisions: [],
};
