import type { ItemRoute } from '../router';
import { GroupPage } from './group_page';
import { InfluxPage } from './influx_page';

/** The Mass influx area (UN-8): register a group, and one group's page. */
export function InfluxArea({ route, role }: { route: ItemRoute<'influx'>; role: string }) {
  if (route.view === 'detail') return <GroupPage key={route.id} id={route.id} role={role} />;
  return <InfluxPage role={role} />;
}
