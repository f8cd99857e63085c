import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Notice } from '../components/notice';
import { TextField } from '../components/text_field';
import { t } from '../i18n';
import { isReferralAgency, roleLabel } from '../roles';
import { assignAgency, listAgencies, listUsers, lockUser, unlockUser, type AdminUser, type AgencyOption } from './admin_api';
import { NewUserForm } from './new_user_form';
import { UserRow, agencyLabel, rowIds, stateLabel } from './user_row';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; users: AdminUser[] };
type Message = { tone: 'success' | 'error'; text: string } | null;

const messageOf = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

/**
 * The Users section of /admin: the New user form, a filter, and the table with the lock actions
 * and, for referral_agency users, the agency they act for (UN-6). Every change goes to the server
 * (admin only, audited there) and the table is read again afterwards, so it shows what is stored.
 */
export function UsersPage({ me }: { me: string }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [agencies, setAgencies] = useState<AgencyOption[] | null>(null);
  const [agencyError, setAgencyError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  const reload = async (signal?: AbortSignal) => {
    try {
      const users = await listUsers(signal);
      setLoad({ status: 'ready', users });
    } catch (cause) {
      if (signal?.aborted) return;
      if (cause instanceof ApiError && cause.status === 401) return; // Expired: the app shows login.
      setLoad({ status: 'error', message: messageOf(cause) });
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    listAgencies(controller.signal).then(setAgencies, (cause) => {
      if (!controller.signal.aborted) setAgencyError(messageOf(cause));
    });
    return () => controller.abort();
  }, []);

  // Focus moves after the table has re-rendered with the row's new buttons.
  useEffect(() => {
    if (!focusId) return;
    const target = document.getElementById(focusId);
    if (target) {
      target.focus();
      setFocusId(null);
    }
  }, [focusId, load, confirming]);

  async function act(username: string, run: () => Promise<unknown>, done: string, focus: string) {
    setBusy(username);
    setMessage(null);
    try {
      await run();
      await reload();
      setMessage({ tone: 'success', text: done });
      setFocusId(focus);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 401) return;
      setMessage({ tone: 'error', text: t('admin.actionFailed', { detail: messageOf(cause) }) });
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  }

  const lock = (username: string) =>
    act(username, () => lockUser(username), t('admin.locked', { username }), rowIds(username).unlock);
  const unlock = (username: string) =>
    act(username, () => unlockUser(username), t('admin.unlocked', { username }), rowIds(username).lock);
  const assign = async (username: string, agencyId: string) => {
    const agency = agencies?.find((a) => a.id === agencyId);
    const name = agency ? agencyLabel(agency) : agencyId;
    setBusy(username);
    setMessage(null);
    try {
      await assignAgency(username, agencyId);
      await reload();
      setMessage({ tone: 'success', text: t('admin.assigned', { username, agency: name }) });
      setFocusId(rowIds(username).agency);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 401) return;
      setMessage({ tone: 'error', text: t('admin.assignFailed', { username, detail: messageOf(cause) }) });
    } finally {
      setBusy(null);
    }
  };

  const created = async (user: { username: string; role: string }) => {
    await reload();
    const key = isReferralAgency(user.role) ? 'admin.new.createdAgency' : 'admin.new.created';
    setMessage({ tone: 'success', text: t(key, { username: user.username }) });
  };

  const users = load.status === 'ready' ? load.users : [];
  const shown = users.filter((u) => matches(u, filter, agencies));
  return (
    <>
      <NewUserForm onCreated={(user) => void created(user)} />
      <div aria-live="polite" role="status">
        {message?.tone === 'success' && <p class="notice notice-success">{message.text}</p>}
      </div>
      {message?.tone === 'error' && <Notice tone="error">{message.text}</Notice>}
      {agencyError && <Notice tone="warning">{t('admin.agenciesFailed', { detail: agencyError })}</Notice>}
      {load.status === 'loading' && <p role="status">{t('admin.loading')}</p>}
      {load.status === 'error' && <Notice tone="error">{t('admin.loadFailed', { detail: load.message })}</Notice>}
      {load.status === 'ready' && (
        <>
          <TextField id="user-filter" type="search" label={t('admin.filter')} hint={t('admin.filterHint')} value={filter} onInput={setFilter} />
          <p class="muted" id="user-count">
            {t('admin.count', { shown: shown.length, total: users.length })}
          </p>
          <div class="table-wrap">
            <table class="data-table" id="user-table" aria-describedby="user-count">
              <caption class="visually-hidden">{t('admin.users.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.col.username')}</th>
                  <th scope="col">{t('admin.col.role')}</th>
                  <th scope="col">{t('admin.col.state')}</th>
                  <th scope="col">{t('admin.col.agency')}</th>
                  <th scope="col">{t('admin.col.created')}</th>
                  <th scope="col">{t('admin.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((user) => (
                  <UserRow
                    key={`${user.username}:${user.agency_id ?? ''}`}
                    user={user}
                    self={user.username === me}
                    agencies={agencies}
                    confirming={confirming === user.username}
                    busy={busy === user.username}
                    onAskLock={() => {
                      setConfirming(user.username);
                      setFocusId(rowIds(user.username).confirm);
                    }}
                    onCancelLock={() => {
                      setConfirming(null);
                      setFocusId(rowIds(user.username).lock);
                    }}
                    onLock={() => void lock(user.username)}
                    onUnlock={() => void unlock(user.username)}
                    onAssign={(agencyId) => void assign(user.username, agencyId)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {shown.length === 0 && <p>{t('admin.none')}</p>}
        </>
      )}
    </>
  );
}

/** Whether `user` matches the filter text: username, role, state or agency. */
function matches(user: AdminUser, filter: string, agencies: AgencyOption[] | null): boolean {
  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const agency = agencies?.find((a) => a.id === user.agency_id);
  const text = [user.username, user.role, roleLabel(user.role), stateLabel(user), user.agency_id ?? '', agency ? agencyLabel(agency) : '']
    .join(' ')
    .toLowerCase();
  return words.every((word) => text.includes(word));
}
