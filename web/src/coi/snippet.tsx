import type { ComponentChildren } from 'preact';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * The parts of a server snippet: text and marked matches. The server escapes the text and adds
 * only <mark>…</mark>; we split on those two tags and turn everything else back into plain text,
 * which Preact renders as text. Nothing in a snippet can become markup, even if the server were
 * wrong.
 */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescape(piece), marked });
  }
  return parts;
}

export function Snippet({ html }: { html: string }) {
  const children: ComponentChildren[] = snippetParts(html).map((part, i) =>
    part.marked ? <mark key={i}>{part.text}</mark> : part.text,
  );
  return (
    <p class="coi-snippet" dir="auto">
      {children}
    </p>
  );
}
