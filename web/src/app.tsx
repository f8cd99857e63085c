import { useEffect, useState } from 'preact/hooks';
import { CasesArea } from './cases/cases_area';
import { InterviewsArea } from './interviews/interviews_area';
import { forgetDrafts } from './interviews/room_page';
import { t, type MessageKey } from './i18n';
import { LoginPage } from './login/login_page';
import { isAdmin } from './roles';
import { parseRoute, usePath, type Route } from './router';
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
  const route = parseRoute(path);
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

const UNAVAILABLE: Record<'screening' | 'coi', [MessageKey, MessageKey]> = {
  screening: ['nav.screening', 'area.screening.unavailable'],
  coi: ['nav.coi', 'area.coi.unavailable'],
};

function AreaPage({ route, user }: { route: Route; user: User }) {
  switch (route.area) {
    case 'cases':
      return <CasesArea route={route} role={user.role} />;
    case 'interviews':
      return <InterviewsArea route={route} role={user.role} />;
    case 'tools':
      return <ToolsPage role={user.role} />;
    case 'tasks':
      return <TasksPage role={user.role} />;
    case 'admin':
      return (
        <UnavailablePage
          title={t('nav.admin')}
          message={isAdmin(user.role) ? t('area.admin.unavailable') : t('area.admin.noAccess')}
        />
      );
    case 'notFound':
      return <UnavailablePage title={t('area.notFound.title')} message={t('area.notFound.body')} />;
    default: {
      const [title, message] = UNAVAILABLE[route.area];
      return <UnavailablePage title={t(title)} message={t(message)} />;
    }
  }
}
