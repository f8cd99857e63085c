import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { t } from '../i18n';
import { documentPath, getCoiDocument, type CoiDocument } from './coi_api';

/** The search the officer came from, so that "Back to the search" returns to it. */
let lastSearch = '';
export function rememberSearch(search: string): void {
  lastSearch = search;
}

function targetPassage(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return '';
  }
}

type Load = { state: 'loading' } | { state: 'done'; doc: CoiDocument } | { state: 'failed'; detail: string };

/**
 * The document reader: the whole document, passage by passage, opened scrolled to the passage
 * named in the address (#passage-id), which is highlighted and focused so that a screen reader
 * starts there.
 */
export function CoiReaderPage({ id }: { id: string }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [target, setTarget] = useState(targetPassage);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    getCoiDocument(id, controller.signal).then(
      (doc) => setLoad({ state: 'done', doc }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ state: 'failed', detail: error instanceof ApiError ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [id]);

  useEffect(() => {
    const update = () => setTarget(targetPassage());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);

  useEffect(() => {
    if (load.state !== 'done' || !target) return;
    const element = document.getElementById(target);
    if (!element) return;
    element.scrollIntoView?.({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [load, target]);

  const back = (
    <p>
      <Link href={`/coi${lastSearch}`}>{t('coi.reader.back')}</Link>
    </p>
  );
  if (load.state === 'loading') {
    return (
      <>
        {back}
        <p role="status" class="loading">
          {t('coi.reader.loading')}
        </p>
      </>
    );
  }
  if (load.state === 'failed') {
    return (
      <>
        <PageHeading title={t('coi.title')} />
        {back}
        <Notice tone="error">{t('coi.reader.failed', { detail: load.detail })}</Notice>
      </>
    );
  }
  const { doc } = load;
  let previousHeading = '';
  return (
    <>
      <PageHeading title={doc.title} focus={!target} />
      {back}
      <ul class="coi-doc-meta">
        <li>{t('coi.reader.meta', { source: doc.source || t('coi.unknownSource'), date: doc.published || t('coi.undated') })}</li>
        {doc.country && <li>{t('coi.reader.country', { country: doc.country })}</li>}
        {doc.document_type && <li>{t('coi.reader.type', { type: doc.document_type })}</li>}
        {doc.licence && <li>{t('coi.reader.licence', { licence: doc.licence })}</li>}
        {/^https?:\/\//.test(doc.url) && (
          <li>
            <a href={doc.url} rel="noopener noreferrer" target="_blank">
              {t('coi.reader.sourceLink')}
            </a>
          </li>
        )}
      </ul>
      <p class="hint">{t('coi.reader.passages', { count: doc.passages.length })}</p>
      <div class="coi-doc" lang={doc.language || undefined} dir="auto">
        {doc.passages.map((p) => {
          const showHeading = p.heading && p.heading !== previousHeading;
          previousHeading = p.heading;
          const isTarget = p.id === target;
          return (
            <section
              key={p.id}
              id={p.id}
              tabIndex={-1}
              class={`coi-passage${isTarget ? ' coi-passage-target' : ''}`}
              aria-current={isTarget ? 'location' : undefined}
            >
              {showHeading && <h2 class="coi-passage-heading">{p.heading}</h2>}
              <p class="coi-passage-text">{p.text}</p>
              <a
                class="coi-passage-link"
                href={documentPath(doc.id, p.id)}
                onClick={(event) => {
                  event.preventDefault();
                  window.history.replaceState(null, '', documentPath(doc.id, p.id));
                  setTarget(p.id);
                }}
              >
                {t('coi.reader.passageLink')}
              </a>
            </section>
          );
        })}
      </div>
    </>
  );
}
