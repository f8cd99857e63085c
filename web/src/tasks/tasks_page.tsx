import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { t } from '../i18n';
import { canSeeCases } from '../roles';
import { casePath, interviewPath } from '../router';
import { listTasks, markTaskDone, type Task } from './task_api';

type Load = { status: 'loading' } | { status: 'ready'; tasks: Task[] } | { status: 'error'; message: string };

/** "My tasks": open tasks, overdue first, each with its case, its interview room and "Done". */
export function TasksPage({ role }: { role: string }) {
  if (!canSeeCases(role)) {
    return (
      <>
        <PageHeading title={t('tasks.title')} />
        <Notice>{t('tasks.noAccess')}</Notice>
      </>
    );
  }
  return <TaskList />;
}

function TaskList() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const refresh = async (signal?: AbortSignal) => {
    try {
      const tasks = await listTasks(signal);
      if (!signal?.aborted) setLoad({ status: 'ready', tasks });
    } catch (error) {
      if (signal?.aborted) return;
      setLoad({ status: 'error', message: error instanceof ApiError ? error.message : String(error) });
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    void refresh(controller.signal);
    return () => controller.abort();
  }, []);

  const done = async (task: Task) => {
    setBusy(task.id);
    try {
      await markTaskDone(task.id);
      setMessage({ tone: 'success', text: t('tasks.doneMessage', { title: task.title }) });
    } catch (error) {
      const detail = error instanceof ApiError ? error.message : String(error);
      setMessage({
        tone: 'error',
        text: error instanceof ApiError && error.status === 409 ? t('tasks.alreadyDone', { detail }) : t('tasks.doneFailed', { detail }),
      });
    } finally {
      setBusy(null);
    }
    await refresh();
    document.getElementById('tasks-message')?.focus();
  };

  return (
    <>
      <PageHeading title={t('tasks.title')} />
      <p class="intro">{t('tasks.intro')}</p>
      {message && (
        <div id="tasks-message" tabIndex={-1} class="tasks-message">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      )}
      {load.status === 'loading' && <p role="status">{t('tasks.loading')}</p>}
      {load.status === 'error' && <Notice tone="error">{t('tasks.loadFailed', { detail: load.message })}</Notice>}
      {load.status === 'ready' && <TaskTable tasks={load.tasks} busy={busy} onDone={(task) => void done(task)} />}
    </>
  );
}

function TaskTable({ tasks, busy, onDone }: { tasks: Task[]; busy: string | null; onDone: (task: Task) => void }) {
  const overdue = tasks.filter((task) => task.status === 'overdue').length;
  return (
    <>
      <p role="status" class="result-status" id="tasks-count">
        {tasks.length === 0
          ? t('tasks.none')
          : overdue > 0
            ? t('tasks.countOverdue', { count: tasks.length, overdue })
            : t('tasks.count', { count: tasks.length })}
      </p>
      {tasks.length > 0 && (
        <div class="table-wrap">
          <table class="data-table task-table" id="task-table">
            <caption class="visually-hidden">{t('tasks.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tasks.col.due')}</th>
                <th scope="col">{t('tasks.col.task')}</th>
                <th scope="col">{t('tasks.col.rule')}</th>
                <th scope="col">{t('tasks.col.for')}</th>
                <th scope="col">{t('tasks.col.links')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('tasks.col.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id} class={task.status === 'overdue' ? 'task-overdue' : undefined} data-rule={task.rule}>
                  <td class="nowrap">
                    {task.due_on}
                    {task.status === 'overdue' && (
                      <>
                        {' '}
                        <span class="badge badge-overdue">{t('tasks.overdue')}</span>
                      </>
                    )}
                  </td>
                  <td dir="auto">{task.title}</td>
                  <td class="nowrap">{task.rule}</td>
                  <td>{task.recipient}</td>
                  <td class="row-links">
                    {task.case_id && <Link href={casePath(task.case_id)}>{t('tasks.case')}</Link>}
                    {task.case_id && task.interview_id && ' '}
                    {task.interview_id && <Link href={interviewPath(task.interview_id)}>{t('tasks.room')}</Link>}
                  </td>
                  <td>
                    <button
                      type="button"
                      class="button button-small button-secondary"
                      disabled={busy === task.id}
                      aria-label={t('tasks.doneLabel', { title: task.title, rule: task.rule })}
                      onClick={() => onDone(task)}
                    >
                      {t('tasks.done')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
