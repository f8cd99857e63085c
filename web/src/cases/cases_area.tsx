import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { t } from '../i18n';
import { canSeeCases } from '../roles';
import type { Route } from '../router';
import { CaseDetailPage } from './case_detail_page';
import { CaseFormPage } from './case_form_page';
import { CaseListPage } from './case_list_page';

type CasesRoute = Extract<Route, { area: 'cases' }>;

/** Picks the cases page for the route, or explains that the role has no access. */
export function CasesArea({ route, role }: { route: CasesRoute; role: string }) {
  if (!canSeeCases(role)) {
    return (
      <>
        <PageHeading title={t('cases.title')} />
        <Notice>{t('cases.noAccess')}</Notice>
      </>
    );
  }
  switch (route.view) {
    case 'list':
      return <CaseListPage />;
    case 'new':
      return <CaseFormPage />;
    case 'detail':
      return <CaseDetailPage key={route.id} id={route.id} />;
  }
}
