import type { Route } from '../router';
import { ScreeningListPage } from './screening_list_page';
import { ScreeningPage } from './screening_page';
import { WizardPage } from './wizard_page';

/** The Screening area: the list, the wizard and one screening's result. */
export function ScreeningArea({ route, role }: { route: Extract<Route, { area: 'screening' }>; role: string }) {
  if (route.view === 'new') return <WizardPage role={role} />;
  if (route.view === 'detail') return <ScreeningPage key={route.id} id={route.id} role={role} />;
  return <ScreeningListPage role={role} />;
}
