import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setCsrfToken } from '../api';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import { listTasks, markTaskDone } from './task_api';
import { TasksPage } from './tasks_page';

const task = (id: string, rule: string, status: 'open' | 'overdue', title: string) => ({
  id,
  title,
  rule,
  recipient: 'officer',
  assignee: 'officer',
  case_id: 'c1',
  interview_id: 'i1',
  due_on: status === 'overdue' ? '2026-11-20' : '2026-11-24',
  status,
  created_at: '2026-11-19T10:00:00Z',
});

const TASKS = [
  task('t1', 'CH-11.3', 'overdue', 'Fix a new interview date and inform the applicant'),
  task('t2', 'CH-3.10', 'open', 'Last day for the applicant to request a copy of the notes'),
];

describe('task_api', () => {
  it('lists tasks and marks one done with POST and the CSRF token', async () => {
    setCsrfToken('csrf-9');
    const fake = installFakeFetch({
      'GET /api/v1/tasks': () => json(200, { tasks: TASKS }),
      'POST /api/v1/tasks/t%2F1/done': () => json(200, {}),
    });
    expect((await listTasks()).map((t) => t.id)).toEqual(['t1', 't2']);
    await markTaskDone('t/1');
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.headers['x-csrf-token']).toBe('csrf-9');
    setCsrfToken(null);
  });
});

describe('TasksPage', () => {
  it('shows the tasks in the server’s order, the overdue one marked, with links to case and room', async () => {
    installFakeFetch({ 'GET /api/v1/tasks': () => json(200, { tasks: TASKS }) });
    render(<TasksPage role="officer" />);
    await screen.findByText('Fix a new interview date and inform the applicant');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-rule'))).toEqual(['CH-11.3', 'CH-3.10']);
    expect(within(rows[0]).getByText('Overdue')).toBeTruthy();
    expect(rows[0].className).toContain('task-overdue');
    expect(within(rows[1]).queryByText('Overdue')).toBeNull();
    expect(within(rows[0]).getByRole('link', { name: 'Case' }).getAttribute('href')).toBe('/cases/c1');
    expect(within(rows[0]).getByRole('link', { name: 'Interview room' }).getAttribute('href')).toBe('/interviews/i1');
    expect(screen.getByText('2 open tasks, 1 overdue')).toBeTruthy();
  });

  it('marks a task done and lists the tasks again', async () => {
    let done = false;
    installFakeFetch({
      'GET /api/v1/tasks': () => json(200, { tasks: done ? TASKS.slice(1) : TASKS }),
      'POST /api/v1/tasks/t1/done': () => {
        done = true;
        return json(200, {});
      },
    });
    render(<TasksPage role="officer" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Done: Fix a new interview date and inform the applicant (CH-11.3)' }));
    expect(await screen.findByText('Done: Fix a new interview date and inform the applicant')).toBeTruthy();
    expect(await screen.findByText('1 open tasks')).toBeTruthy();
  });

  it('says so when the task was done already (409), in the server’s words', async () => {
    installFakeFetch({
      'GET /api/v1/tasks': () => json(200, { tasks: TASKS }),
      'POST /api/v1/tasks/t2/done': () => problem(409, 'The task is done already.'),
    });
    render(<TasksPage role="officer" />);
    fireEvent.click(await screen.findByRole('button', { name: /^Done: Last day/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('This task was done already: The task is done already.');
  });

  it('tells other roles they have no access, without asking the server', () => {
    const fake = installFakeFetch({});
    render(<TasksPage role="lawyer" />);
    expect(screen.getByText('You have no access to tasks.')).toBeTruthy();
    expect(fake.requests).toHaveLength(0);
  });
});
