import { useEffect, useState } from 'preact/hooks';
import { AdminArea } from './admin/admin_area';
import { CasesArea } from './cases/cases_area';
import { CoiArea } from './coi/coi_area';
import { GuidesArea } from './guides/guides_area';
import { InfluxArea } from './influx/influx_area';
import { InterviewsArea } from './interviews/interviews_area';
import { forgetDrafts } from './interviews/room_page';
import { t } from './i18n';
import { LoginPage } from './login/login_page';
import { homePath } from './roles';
import { ReferralsArea } from './referrals/referrals_area';
import { parseRoute, usePath, type Route } from './router';
import { ScreeningArea } from './screening/screening_area';
import type { Session, SessionState, User } from './session';
import { Shell } from './shell/shell';
import { UnavailablePage } from './shell/unavailable_page';
import { TasksPage } from './tasks/tasks_page';
import { ToolsPage } from './tools/tools_page';

function useSessionState(session: Session): SessionState {
  const [state, setState] = useState(session.state);
  useEffect(() => {
    setState(session.state);
    return session.subscribe(setState);
  }, [session]);
  return state;
}

/** The whole application: the login page, or the shell with the page for the address. */
export function App({ session }: { session: Session }) {
  const state = useSessionState(session);
  const path = usePath();

  if (state.status === 'checking') {
    return (
      <main id="main">
        <p role="status" class="loading">
          {t('app.loading')}
        </p>
      </main>
    );
  }
  if (state.status === 'anonymous') {
    return <LoginPage key={state.notice ?? 'none'} session={session} notice={state.notice} error={state.error} />;
  }
  const route = parseRoute(path === '/' ? (homePath(state.user.role) ?? path) : path);
  return (
    <Shell
      user={state.user}
      area={route.area}
      room={route.area === 'interviews' && route.view === 'room'}
      onLogout={() => {
        forgetDrafts();
        void session.logout();
      }}
    >
      <AreaPage key={route.area} route={route} user={state.user} />
    </Shell>
  );
}

function AreaPage({ route, user }: { route: Route; user: User }) {
  switch (route.area) {
    case 'cases':
      return <CasesArea route={route} role={user.role} />;
    case 'interviews':
      return <InterviewsArea route={route} role={user.role} />;
    case 'screening':
      return <ScreeningArea route={route} role={user.role} />;
    case 'referrals':
      return <ReferralsArea route={route} role={user.role} />;
    case 'guides':
      return <GuidesArea route={route} role={user.role} />;
    case 'influx':
      return <InfluxArea route={route} role={user.role} />;
    case 'coi':
      return <CoiArea route={route} role={user.role} />;
    case 'tools':
      return <ToolsPage role={user.role} />;
    case 'tasks':
      return <TasksPage role={user.role} />;
    case 'admin':
      return <AdminArea user={user} />;
    case 'notFound':
      return <UnavailablePage title={t('area.notFound.title')} message={t('area.notFound.body')} />;
  }
}
