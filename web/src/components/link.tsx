import type { ComponentChildren } from 'preact';
import { followLink } from '../router';

interface LinkProps {
  href: string;
  class?: string;
  title?: string;
  'aria-current'?: 'page';
  'aria-label'?: string;
  'aria-keyshortcuts'?: string;
  children: ComponentChildren;
}

/** An ordinary link that navigates inside the app without reloading it. */
export function Link({ href, children, ...rest }: LinkProps) {
  return (
    <a href={href} onClick={(event) => followLink(event, href)} {...rest}>
      {children}
    </a>
  );
}
