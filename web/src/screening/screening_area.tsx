import type { Route } from '../router';
import { FormsPage } from './forms_page';
import { ScreeningListPage } from './screening_list_page';
import { ScreeningPage } from './screening_page';
import { WizardPage } from './wizard_page';

/** The Screening area: the list, the wizard, one screening's result and (admins) the questionnaires. */
export function ScreeningArea({ route, role }: { route: Extract<Route, { area: 'screening' }>; role: string }) {
  if (route.view === 'new') return <WizardPage role={role} />;
  if (route.view === 'forms') return <FormsPage role={role} />;
  if (route.view === 'detail') return <ScreeningPage key={route.id} id={route.id} role={role} />;
  return <ScreeningListPage role={role} />;
}
