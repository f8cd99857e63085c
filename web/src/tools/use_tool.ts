/**
 * One tool's request: busy while it runs, then its result or the server's
 * words (problem+json `detail`). A newer request replaces an older one.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';

export interface ToolCall<T> {
  busy: boolean;
  result: T | null;
  error: string | null;
  run(call: (signal: AbortSignal) => Promise<T>): Promise<void>;
  fail(message: string): void;
}

export function useToolCall<T>(): ToolCall<T> {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const run = async (call: (signal: AbortSignal) => Promise<T>) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setBusy(true);
    setError(null);
    try {
      const value = await call(controller.signal);
      if (controller.signal.aborted) return;
      setResult(value);
    } catch (cause) {
      if (controller.signal.aborted) return;
      setResult(null);
      setError(cause instanceof ApiError ? cause.message : String(cause));
    } finally {
      if (!controller.signal.aborted) setBusy(false);
    }
  };
  const fail = (message: string) => {
    current.current?.abort();
    setBusy(false);
    setResult(null);
    setError(message);
  };
  return { busy, result, error, run, fail };
}
