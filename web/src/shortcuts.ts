/**
 * Keyboard shortcuts of the application shell:
 *   "/"    focuses the case search (opening the case list first if needed),
 *   Alt+N  opens the New case form.
 * "/" is ignored while the user is typing in a field, so it can still be typed.
 */
import { useEffect } from 'preact/hooks';
import { CASE_SEARCH_ID } from './cases/case_list_page';
import { navigate } from './router';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Focuses the element once it exists: a navigation renders on a later tick. */
export function focusWhenPresent(id: string, attemptsLeft = 20): void {
  const element = document.getElementById(id);
  if (element) {
    element.focus();
    return;
  }
  if (attemptsLeft > 0) setTimeout(() => focusWhenPresent(id, attemptsLeft - 1), 25);
}

/** Handles one keydown; returns true when it was a shortcut. Exported for tests. */
export function handleShortcut(event: KeyboardEvent): boolean {
  const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
  if (event.key === '/' && plain && !isTyping(event.target)) {
    event.preventDefault();
    if (!document.getElementById(CASE_SEARCH_ID)) navigate('/cases');
    focusWhenPresent(CASE_SEARCH_ID);
    return true;
  }
  // event.code, not event.key: Alt+N types a character on some keyboard layouts.
  if (event.code === 'KeyN' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault();
    navigate('/cases/new');
    return true;
  }
  return false;
}

/** Installs the shortcuts while `enabled` (only roles that may see cases). */
export function useShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const listener = (event: KeyboardEvent) => {
      handleShortcut(event);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}
