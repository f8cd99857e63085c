/** Typed calls for /api/v1/tasks: the caller's open tasks, and marking one done. */
import { request } from '../api';

export interface Task {
  id: string;
  title: string;
  /** The charter rule that made the task ("CH-11.3"). */
  rule: string;
  recipient: string;
  assignee: string;
  case_id: string;
  interview_id: string;
  /** YYYY-MM-DD. */
  due_on: string;
  status: 'open' | 'overdue';
  created_at: string;
}

/** The caller's open tasks, as the server sorts them: overdue first, then by due date. */
export async function listTasks(signal?: AbortSignal): Promise<Task[]> {
  const body = await request<{ tasks: Task[] }>('/tasks', { signal });
  return Array.isArray(body.tasks) ? body.tasks : [];
}

/** Marks a task done. Throws ApiError 409 when it was done already. */
export async function markTaskDone(id: string): Promise<void> {
  await request<unknown>(`/tasks/${encodeURIComponent(id)}/done`, { method: 'POST' });
}
