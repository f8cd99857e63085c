import { useState } from 'preact/hooks';
import { countryName, formatTimestamp } from '../format';
import { t } from '../i18n';
import { isReferralAgency, roleLabel } from '../roles';
import type { AdminUser, AgencyOption } from './admin_api';

/** "Refugee Status Determination Commission (example) — Kazakhstan". */
export function agencyLabel(agency: AgencyOption): string {
  return t('admin.agencyOption', { name: agency.name, country: countryName(agency.country) ?? agency.country });
}

export function stateLabel(user: AdminUser): string {
  if (!user.locked) return t('admin.state.active');
  return user.locked_reason === 'failed_logins' ? t('admin.state.failed_logins') : t('admin.state.admin');
}

/** The ids the page moves focus to after an action, so keyboard users stay where they were. */
export const rowIds = (username: string) => ({
  lock: `user-${username}-lock`,
  unlock: `user-${username}-unlock`,
  confirm: `user-${username}-lock-yes`,
  agency: `user-${username}-agency`,
});

interface UserRowProps {
  user: AdminUser;
  /** The administrator looking at the page: they cannot lock themself. */
  self: boolean;
  agencies: AgencyOption[] | null;
  confirming: boolean;
  busy: boolean;
  onAskLock: () => void;
  onCancelLock: () => void;
  onLock: () => void;
  onUnlock: () => void;
  onAssign: (agencyId: string) => void;
}

/** One user: role, state, agency (referral_agency users, UN-6), created, and the lock actions. */
export function UserRow(props: UserRowProps) {
  const { user, agencies, busy } = props;
  const ids = rowIds(user.username);
  return (
    <tr>
      <th scope="row">
        {user.username}
        {props.self && <span class="muted"> {t('admin.you')}</span>}
      </th>
      <td>{roleLabel(user.role)}</td>
      <td>{user.locked ? <span class="badge badge-overdue">{stateLabel(user)}</span> : stateLabel(user)}</td>
      <td>
        {isReferralAgency(user.role) ? (
          <AgencyCell user={user} agencies={agencies} busy={busy} onAssign={props.onAssign} selectId={ids.agency} />
        ) : (
          <span class="muted">{t('admin.noAgencyRole')}</span>
        )}
      </td>
      <td class="nowrap">{formatTimestamp(user.created_at)}</td>
      <td>
        {props.confirming ? (
          <div role="group" aria-labelledby={`user-${user.username}-lock-question`}>
            <p id={`user-${user.username}-lock-question`}>{t('admin.lockConfirm', { username: user.username })}</p>
            <div class="button-row">
              <button type="button" id={ids.confirm} class="button button-danger button-small" disabled={busy} onClick={props.onLock}>
                {busy ? t('admin.working') : t('admin.lockYes', { username: user.username })}
              </button>
              <button type="button" class="button button-secondary button-small" onClick={props.onCancelLock}>
                {t('admin.lockCancel')}
              </button>
            </div>
          </div>
        ) : user.locked ? (
          <button type="button" id={ids.unlock} class="button button-secondary button-small" disabled={busy}
            aria-label={t('admin.unlockLabel', { username: user.username })} onClick={props.onUnlock}>
            {t('admin.unlock')}
          </button>
        ) : (
          !props.self && (
            <button type="button" id={ids.lock} class="button button-danger button-small" disabled={busy}
              aria-label={t('admin.lockLabel', { username: user.username })} onClick={props.onAskLock}>
              {t('admin.lock')}
            </button>
          )
        )}
      </td>
    </tr>
  );
}

function AgencyCell({ user, agencies, busy, onAssign, selectId }: {
  user: AdminUser;
  agencies: AgencyOption[] | null;
  busy: boolean;
  onAssign: (agencyId: string) => void;
  selectId: string;
}) {
  const [choice, setChoice] = useState(user.agency_id ?? '');
  const current = agencies?.find((a) => a.id === user.agency_id);
  const currentText = user.agency_id
    ? current
      ? agencyLabel(current)
      : t('admin.unknownAgency', { id: user.agency_id })
    : t('admin.noAgency');
  return (
    <div class="field-stack">
      <span>{currentText}</span>
      {agencies && agencies.length > 0 && (
        <form class="inline-form" onSubmit={(e) => {
          e.preventDefault();
          if (choice && choice !== user.agency_id) onAssign(choice);
        }}>
          <label for={selectId} class="visually-hidden">
            {t('admin.agencyOf', { username: user.username })}
          </label>
          <select id={selectId} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            <option value="">{t('admin.agencyChoose')}</option>
            {agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agencyLabel(agency)}
              </option>
            ))}
          </select>{' '}
          <button type="submit" class="button button-secondary button-small" disabled={busy || !choice || choice === user.agency_id}
            aria-label={t('admin.assignLabel', { username: user.username })}>
            {t('admin.assign')}
          </button>
        </form>
      )}
    </div>
  );
}
