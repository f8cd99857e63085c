import type { ComponentChildren } from 'preact';

type Tone = 'info' | 'success' | 'warning' | 'error';

/**
 * A message box. Errors are announced at once (role="alert"), other notices
 * politely (role="status").
 */
export function Notice({ tone = 'info', id, children }: { tone?: Tone; id?: string; children: ComponentChildren }) {
  return (
    <div class={`notice notice-${tone}`} id={id} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
