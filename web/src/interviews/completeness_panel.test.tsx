import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import { CompletenessPanel } from './completeness_panel';
import { draftToEntry, emptyDraft } from './entry_editor';

const REPORT = {
  complete: false,
  uncovered_themes: ['fear_on_return'],
  unanswered_crucial_questions: [{ id: 'q1', text: 'Who threatened you?', theme: 'persecution' }],
  open_opening_items: [],
  open_closing_items: ['CH-6', 'CH-12.2'],
  missing_facts: ['CH-12.4: the end of the interview is not recorded yet.'],
};

describe('CompletenessPanel', () => {
  it('asks only on demand, then lists what is missing by group', async () => {
    const fake = installFakeFetch({ 'GET /api/v1/interviews/i1/completeness': () => json(200, REPORT) });
    render(<CompletenessPanel interviewId="i1" />);
    expect(fake.requests).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Check what is missing' }));
    expect(await screen.findByText('Fear on return')).toBeTruthy();
    expect(screen.getByText('Who threatened you? (Persecution)')).toBeTruthy();
    expect(screen.getByText('CH-12.2 Applicant asked about points not raised, especially fear on return')).toBeTruthy();
    expect(screen.getByText('CH-12.4: the end of the interview is not recorded yet.')).toBeTruthy();
    expect(screen.queryByText('Opening items still open')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await screen.findByText('Fear on return');
    expect(fake.requests).toHaveLength(2);
  });

  it('says plainly when nothing is missing, and shows a failure in the server’s words', async () => {
    let fail = false;
    installFakeFetch({
      'GET /api/v1/interviews/i1/completeness': () =>
        fail ? problem(403, 'Not your interview.') : json(200, { ...REPORT, complete: true }),
    });
    render(<CompletenessPanel interviewId="i1" />);
    fireEvent.click(screen.getByRole('button', { name: 'Check what is missing' }));
    expect(await screen.findByText(/Nothing is missing/)).toBeTruthy();
    fail = true;
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The completeness could not be checked: Not your interview.');
  });
});

describe('draftToEntry tags', () => {
  it('sends the theme and crucial question with questions and answers only', () => {
    const draft = { ...emptyDraft('answer'), text: 'They came at night.', theme: 'persecution' as const, crucial: 'q1' };
    expect(draftToEntry(draft)).toEqual({ entry: { kind: 'answer', text: 'They came at night.', theme: 'persecution', crucial: 'q1' } });
    expect(draftToEntry({ ...draft, kind: 'observation' })).toEqual({ entry: { kind: 'observation', text: 'They came at night.' } });
    expect(draftToEntry({ ...emptyDraft(), text: 'Why?' })).toEqual({ entry: { kind: 'question', text: 'Why?' } });
  });
});
