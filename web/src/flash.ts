/**
 * A one-time message carried across a navigation, e.g. "Case X was created"
 * shown on the page the user lands on after creating it.
 */
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

/** Returns the pending message once, then forgets it. */
export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
