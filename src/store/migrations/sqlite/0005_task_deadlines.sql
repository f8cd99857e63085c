-- Tasks get an assignee and a due date (issue 4: "my tasks", working-day deadlines).
ALTER TABLE tasks ADD COLUMN assignee TEXT;   -- a username, or NULL for everyone in the recipient role
ALTER TABLE tasks ADD COLUMN due_on TEXT;     -- YYYY-MM-DD in the jurisdiction, or NULL
ALTER TABLE tasks ADD COLUMN done_by TEXT;
CREATE INDEX tasks_assignee ON tasks(assignee, done_at);
