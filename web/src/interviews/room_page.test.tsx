import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeFetch, json, problem, type Handler } from '../test/fake_fetch';
import type { InterviewOverview, RecordEntry } from './interview_api';
import { memoryQueueStore } from './queue_store';
import { RoomPage, forgetDrafts } from './room_page';

beforeEach(() => forgetDrafts());

const OPENING = ['CH-3.1', 'CH-3.2', 'CH-3.3', 'CH-3.4', 'CH-3.5', 'CH-3.6', 'CH-3.7', 'CH-3.8', 'CH-3.9', 'CH-3.10'];

function overview(change: Partial<InterviewOverview> = {}): InterviewOverview {
  return {
    id: 'iv-1',
    case_id: '7',
    case_number: 'VB-2026-000007',
    officer: 'officer',
    interpreter_code: 'INT-042',
    language: 'ar',
    location: 'Room 3',
    planned_start: '2026-11-23T09:00:00Z',
    applicant: { family_name: 'Haddad', given_names: 'Rania', names_original_script: 'رانيا حداد' },
    status: 'running',
    started_at: '2026-11-23T09:01:00Z',
    last_seq: 1,
    open_opening_items: OPENING,
    open_closing_items: ['CH-6', 'CH-12.1', 'CH-12.2', 'CH-12.3'],
    extension_minutes: 0,
    conflict_of_interest: false,
    disruption: false,
    timers: {
      elapsed_seconds: 60,
      allowed_seconds: 14400,
      time_left_seconds: 14340,
      until_break_due_seconds: 5340,
      in_break: false,
      break_elapsed_seconds: 0,
    },
    profile: 'BE',
    ...change,
  };
}

const START: RecordEntry = { seq: 1, at: '2026-11-23T09:01:00Z', kind: 'start', client_id: 'c-0' };

function renderRoom(routes: Record<string, Handler>, data = overview()) {
  const fake = installFakeFetch({
    'GET /api/v1/interviews/iv-1': () => json(200, data),
    'GET /api/v1/interviews/iv-1/entries': () => json(200, { entries: [START] }),
    'POST /api/v1/hints/question': () => json(200, { hints: [] }),
    ...routes,
  });
  render(<RoomPage id="iv-1" openStore={async () => ({ store: memoryQueueStore(), persistent: true })} />);
  return fake;
}

async function typeAndRecord(text: string) {
  const editor = (await screen.findByLabelText('Question', { selector: 'textarea' })) as HTMLTextAreaElement;
  fireEvent.input(editor, { target: { value: text } });
  fireEvent.keyDown(editor, { key: 'Enter', code: 'Enter', ctrlKey: true });
  return editor;
}

describe('RoomPage', () => {
  it('shows the case, the applicant in both scripts and the clocks', async () => {
    renderRoom({}, overview({ timers: { ...overview().timers, until_break_due_seconds: 300 } }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Interview VB-2026-000007' })).toBeTruthy();
    expect(screen.getByText('HADDAD, Rania')).toBeTruthy();
    expect(screen.getByText('رانيا حداد').getAttribute('dir')).toBe('auto');
    expect(screen.getByText('Running')).toBeTruthy();
    const breakClock = document.getElementById('clock-break')!;
    expect(breakClock.dataset.tone).toBe('soon');
    expect(breakClock.textContent).toMatch(/due in 0:0[45]:\d\d/);
    expect(document.getElementById('clock-left')!.textContent).toContain('no extension');
  });

  it('shows a refusal plainly, with the open checklist items, and puts the question back in the editor', async () => {
    const fake = renderRoom({
      'POST /api/v1/interviews/iv-1/entries': () =>
        problem(409, 'The opening is not complete; still open: CH-3.1, CH-3.10.', {
          rule: 'CH-3',
          refusals: [{ rule: 'CH-3', severity: 'violation', message: 'The opening is not complete; still open: CH-3.1, CH-3.10.' }],
          open_items: ['CH-3.1', 'CH-3.10'],
        }),
    });
    const editor = await typeAndRecord('Where were you born?');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not recorded (CH-3): The opening is not complete');
    expect(alert.querySelector('.refusal-open')?.textContent).toBe(
      'Still open: CH-3.1 Introductions and roles (not the interpreter’s name) · ' +
        'CH-3.10 Copy of the notes within 2 working days, comments within 8',
    );
    fireEvent.click(within(alert).getByRole('button', { name: 'Go to the first open item' }));
    expect(document.activeElement?.id).toBe('check-done-CH-3-1');
    await waitFor(() => expect(editor.value).toBe('Where were you born?'));
    expect(alert.textContent).toContain('The text is back in the editor.');
    expect(document.getElementById('queue-status')!.textContent).toBe('All entries sent');
    const post = fake.requests.find((r) => r.method === 'POST' && r.path.endsWith('/entries'));
    expect(post?.body).toMatchObject({ kind: 'question', text: 'Where were you born?' });
    expect((post?.body as { client_id: string }).client_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says "Saved #n", shows the charter’s warnings, adds the entry to the record and re-reads the overview', async () => {
    const opened = overview({ open_opening_items: [] });
    const fake = renderRoom(
      {
        'POST /api/v1/interviews/iv-1/entries': (req) =>
          json(201, {
            seq: 2,
            at: '2026-11-23T10:26:00Z',
            hash: 'h2',
            replayed: false,
            warnings: [{ rule: 'CH-11.1', severity: 'warning', message: 'A break is due in 5 minutes.' }],
            echo: req.body,
          }),
      },
      opened,
    );
    const editor = await typeAndRecord('ما الذي حدث بعد ذلك؟');
    expect(editor.value).toBe('');
    await waitFor(() => expect(document.getElementById('saved-status')!.textContent).toBe('Saved #2'));
    expect(screen.getByText('A break is due in 5 minutes.')).toBeTruthy();
    const entry = document.getElementById('entry-2')!;
    expect(entry.textContent).toContain('Q');
    const text = within(entry).getByText('ما الذي حدث بعد ذلك؟');
    expect(text.getAttribute('dir')).toBe('auto');
    await waitFor(() =>
      expect(fake.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/interviews/iv-1')).toHaveLength(2),
    );
  });

  it('toggles question ↔ answer with Ctrl+Space and sends an answer', async () => {
    const fake = renderRoom(
      { 'POST /api/v1/interviews/iv-1/entries': () => json(201, { seq: 2, at: 'x', hash: 'h', replayed: false, warnings: [] }) },
      overview({ open_opening_items: [] }),
    );
    const editor = await screen.findByLabelText('Question', { selector: 'textarea' });
    fireEvent.keyDown(editor, { key: ' ', code: 'Space', ctrlKey: true });
    const answer = await screen.findByLabelText('Answer', { selector: 'textarea' });
    expect((screen.getByRole('radio', { name: /Answer/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.input(answer, { target: { value: 'In Homs.' } });
    fireEvent.keyDown(answer, { key: 'Enter', code: 'Enter', ctrlKey: true });
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST' && r.path.endsWith('/entries'))).toBe(true));
    expect(fake.requests.find((r) => r.method === 'POST' && r.path.endsWith('/entries'))?.body).toMatchObject({
      kind: 'answer',
      text: 'In Homs.',
    });
  });

  it('shows CH-8 hints beside a question being typed, without blocking it', async () => {
    renderRoom({
      'POST /api/v1/hints/question': (req) =>
        json(200, {
          hints:
            (req.body as { text: string }).text.includes("didn't you")
              ? [{ rule: 'CH-8', kind: 'leading', message: 'This phrasing suggests the answer.', start: 27, end: 38, match: "didn't you?" }]
              : [],
        }),
    });
    const editor = await screen.findByLabelText('Question', { selector: 'textarea' });
    fireEvent.input(editor, { target: { value: "You left because of money, didn't you?" } });
    expect(await screen.findByText('Leading question', {}, { timeout: 2000 })).toBeTruthy();
    expect(screen.getByText('This phrasing suggests the answer.', { exact: false })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Record question' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('records a checklist item as not applicable only with a reason', async () => {
    const fake = renderRoom({
      'POST /api/v1/interviews/iv-1/entries': () => json(201, { seq: 2, at: 'x', hash: 'h', replayed: false, warnings: [] }),
    });
    const row = (await screen.findByText('Elected address unchanged')).closest('li')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Not applicable…' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Record' }));
    expect(await within(row).findByText('Give the reason.')).toBeTruthy();
    fireEvent.input(within(row).getByLabelText('Why CH-3.4 does not apply'), { target: { value: 'No address elected yet.' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST' && r.path.endsWith('/entries'))).toBe(true));
    expect(fake.requests.find((r) => r.method === 'POST' && r.path.endsWith('/entries'))?.body).toMatchObject({
      kind: 'checklist',
      item: 'CH-3.4',
      status: 'not_applicable',
      text: 'No address elected yet.',
    });
  });

  it('says when the interview does not exist', async () => {
    installFakeFetch({
      'GET /api/v1/interviews/nope': () => problem(404, 'There is no interview with the id nope.'),
      'GET /api/v1/interviews/nope/entries': () => problem(404, 'There is no interview with the id nope.'),
    });
    render(<RoomPage id="nope" openStore={async () => ({ store: memoryQueueStore(), persistent: true })} />);
    expect(await screen.findByText('This interview does not exist.')).toBeTruthy();
  });
});
