import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../i18n';

/** The heading level a tool uses: h2 on the Tools page, h3 inside the room's Tools panel. */
export type HeadingLevel = 2 | 3;

export function ToolHeading({ level, id, children }: { level: HeadingLevel; id: string; children: ComponentChildren }) {
  return level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;
}

/**
 * Where a tool's answer appears: announced politely when it changes; an error
 * (the server's own words) is announced at once.
 */
export function ToolOutcome({ id, error, children }: { id: string; error: string | null; children?: ComponentChildren }) {
  return (
    <>
      <div class="tool-result" id={id} role="status" aria-live="polite">
        {!error && children}
      </div>
      {error && (
        <p class="notice notice-error tool-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </>
  );
}

/** A calendar's name for people; an unknown calendar is shown as the server spells it. */
export function calendarLabel(calendar: string): string {
  const key = `tools.calendar.${calendar}` as MessageKey;
  const label = t(key);
  return label === key ? calendar : label;
}

export function SubmitButton({ busy, label }: { busy: boolean; label: string }) {
  return (
    <button type="submit" class="button button-primary button-small" disabled={busy} aria-disabled={busy ? 'true' : undefined}>
      {busy ? t('tools.working') : label}
    </button>
  );
}
