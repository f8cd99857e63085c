/** The live dictation API (POST /transcribe/streams, chunks, events, end). */
import { API_BASE, ApiError, problemFrom, request } from '../api';

export interface DictationTranscript {
  text: string;
  words: { word: string; start: number; end: number; confidence: number }[];
  engine: string;
  rtf: number;
}

let csrf: string | null = null;

// Raw PCM cannot go through `request` (JSON only); the CSRF token comes from GET /me, as the
// API documents.
async function csrfToken(): Promise<string> {
  if (csrf === null) csrf = (await request<{ csrf_token: string }>('/me')).csrf_token;
  return csrf;
}

export async function openDictation(vocabulary: string[]): Promise<string> {
  const opened = await request<{ id: string }>('/transcribe/streams', { method: 'POST', body: { vocabulary } });
  return opened.id;
}

export async function sendChunk(id: string, bytes: Uint8Array): Promise<void> {
  const response = await fetch(`${API_BASE}/transcribe/streams/${encodeURIComponent(id)}/chunks`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/octet-stream', 'X-CSRF-Token': await csrfToken() },
    body: bytes.buffer as ArrayBuffer,
  });
  if (!response.ok) throw new ApiError(await problemFrom(response));
}

export function endDictation(id: string): Promise<DictationTranscript> {
  return request<DictationTranscript>(`/transcribe/streams/${encodeURIComponent(id)}/end`, {
    method: 'POST',
    body: {},
  });
}

/** Calls `onPartial` with each partial hypothesis until the stream ends; returns a closer. */
export function listenToDictation(id: string, onPartial: (text: string) => void): () => void {
  const source = new EventSource(`${API_BASE}/transcribe/streams/${encodeURIComponent(id)}/events`);
  source.onmessage = (event) => {
    const data = JSON.parse(event.data) as { partial?: string; final?: boolean };
    if (typeof data.partial === 'string') onPartial(data.partial);
    if (data.final) source.close();
  };
  source.onerror = () => source.close();
  return () => source.close();
}
