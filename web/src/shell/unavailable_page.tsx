import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';

/** A page for an area that exists in the navigation but is not built yet, or not for this role. */
export function UnavailablePage({ title, message }: { title: string; message: string }) {
  return (
    <>
      <PageHeading title={title} />
      <Notice>{message}</Notice>
    </>
  );
}
