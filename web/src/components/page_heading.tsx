import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

interface PageHeadingProps {
  /** Used for the document title as well as the heading. */
  title: string;
  /** Move keyboard focus to the heading when the page opens (the default). */
  focus?: boolean;
  children?: ComponentChildren;
}

/**
 * The page's h1. Sets the document title and, on a new page, moves focus to
 * the heading so that screen readers announce the page that opened.
 */
export function PageHeading({ title, focus = true, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('app.pageTitle', { page: title });
  }, [title]);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
