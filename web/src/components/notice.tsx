import type { ComponentChildren } from 'preact';

type Tone = 'info' | 'success' | 'error';

/**
 * A message box. Errors are announced at once (role="alert"), other notices
 * politely (role="status").
 */
export function Notice({ tone = 'info', children }: { tone?: Tone; children: ComponentChildren }) {
  return (
    <div class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
