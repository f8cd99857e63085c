import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setCsrfToken } from '../api';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import type { PreparationPlan } from './interview_api';
import { PreparationPanel, toPreparationInput } from './preparation_panel';

const PLAN: PreparationPlan = {
  flags: [],
  theme_notes: {},
  crucial_questions: [{ id: 'q1', text: 'Who threatened you?', theme: 'persecution' }],
  notes: '',
  themes: ['identity', 'persecution', 'fear_on_return', 'evidence'],
  available_flags: ['traumatised', 'other'],
};

describe('toPreparationInput', () => {
  it('keeps ids of existing questions, sends new ones without, and leaves out empty rows and notes', () => {
    const rows = [
      { id: 'q1', key: 1, text: 'Who?', theme: 'persecution' },
      { key: 2, text: 'Since when?', theme: 'identity' },
      { key: 3, text: '  ', theme: 'evidence' },
    ];
    expect(toPreparationInput(['other'], { identity: 'tazkira', evidence: ' ' }, rows, 'n')).toEqual({
      flags: ['other'],
      theme_notes: { identity: 'tazkira' },
      crucial_questions: [
        { id: 'q1', text: 'Who?', theme: 'persecution' },
        { text: 'Since when?', theme: 'identity' },
      ],
      notes: 'n',
    });
  });
});

describe('PreparationPanel', () => {
  it('adds a crucial question and saves with PUT and the CSRF token', async () => {
    setCsrfToken('csrf-3');
    const fake = installFakeFetch({
      'PUT /api/v1/interviews/i1/plan': (req) => {
        const body = req.body as { crucial_questions: { id?: string }[] };
        return json(200, { ...(req.body as object), crucial_questions: body.crucial_questions.map((q, i) => ({ ...q, id: `q${i + 1}` })) });
      },
    });
    let saved: PreparationPlan | null = null;
    render(<PreparationPanel interviewId="i1" plan={PLAN} ended={false} onSaved={(p) => (saved = p)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Preparation (CH-2)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a crucial question' }));
    fireEvent.input(screen.getByLabelText('Question 2'), { target: { value: 'Where were you born?' } });
    fireEvent.click(screen.getByLabelText('Traumatised'));
    fireEvent.click(screen.getByRole('button', { name: 'Save the preparation' }));
    expect(await screen.findByText('The preparation was saved.')).toBeTruthy();
    const put = fake.requests[0];
    expect(put.headers['x-csrf-token']).toBe('csrf-3');
    expect(put.body).toMatchObject({
      flags: ['traumatised'],
      crucial_questions: [
        { id: 'q1', text: 'Who threatened you?', theme: 'persecution' },
        { text: 'Where were you born?', theme: 'identity' },
      ],
    });
    expect(saved!.crucial_questions.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(saved!.available_flags).toEqual(['traumatised', 'other']);
    setCsrfToken(null);
  });

  it('shows the server’s refusal', async () => {
    installFakeFetch({ 'PUT /api/v1/interviews/i1/plan': () => problem(400, "'crucial_questions[1].id' 'q1' is used twice") });
    render(<PreparationPanel interviewId="i1" plan={PLAN} ended={false} onSaved={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Preparation (CH-2)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the preparation' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      "The preparation was not saved: 'crucial_questions[1].id' 'q1' is used twice",
    );
  });
});
