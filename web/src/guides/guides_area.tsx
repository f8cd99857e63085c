import type { ItemRoute } from '../router';
import { GuideEditorPage } from './guide_editor_page';
import { GuideListPage } from './guide_list_page';

/** The Reference guides area (UN-7): the list and one country's guide. */
export function GuidesArea({ route, role }: { route: ItemRoute<'guides'>; role: string }) {
  if (route.view === 'detail') return <GuideEditorPage key={route.id} country={route.id} role={role} />;
  return <GuideListPage role={role} />;
}
