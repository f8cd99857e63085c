import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { onUnauthorized, setCsrfToken } from '../api';

afterEach(() => {
  cleanup();
  setCsrfToken(null);
  onUnauthorized(null);
  window.history.replaceState(null, '', '/');
  document.title = '';
});
