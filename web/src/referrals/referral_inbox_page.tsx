import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { SelectField } from '../components/select_field';
import { t } from '../i18n';
import { canSeeReferrals, isReferralAgency } from '../roles';
import { itemPath } from '../router';
import { categoryLabel, priorityLabel, referralStatusLabel } from '../screening/labels';
import { dayOrTime, listReferrals, REFERRAL_STATUSES, type Referral } from './referral_api';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; referrals: Referral[] };

/**
 * Referrals (/referrals): for a receiving agency its inbox (only what is addressed to it; the
 * server filters), for a border officer the referrals sent. Filtered by status.
 */
export function ReferralInboxPage({ role }: { role: string }) {
  const title = isReferralAgency(role) ? t('referrals.inbox') : t('referrals.title');
  if (!canSeeReferrals(role)) {
    return (
      <>
        <PageHeading title={title} />
        <Notice>{t('referrals.noAccess')}</Notice>
      </>
    );
  }
  return <Inbox title={title} />;
}

function Inbox({ title }: { title: string }) {
  const [status, setStatus] = useState('');
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    listReferrals(status || undefined, controller.signal).then(
      (referrals) => setLoad({ status: 'ready', referrals }),
      (error) => {
        if (!controller.signal.aborted) setLoad({ status: 'error', message: error instanceof ApiError ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [status]);

  return (
    <>
      <PageHeading title={title} />
      <SelectField
        id="referral-status"
        label={t('referrals.filter')}
        value={status}
        onChange={setStatus}
        options={[{ value: '', label: t('referrals.filterAll') }, ...REFERRAL_STATUSES.map((s) => ({ value: s, label: referralStatusLabel(s) }))]}
      />
      {load.status === 'loading' && <p role="status">{t('referrals.loading')}</p>}
      {load.status === 'error' && <Notice tone="error">{t('referrals.loadFailed', { detail: load.message })}</Notice>}
      {load.status === 'ready' && (
        <>
          <p role="status" class="result-status">
            {load.referrals.length === 0 ? t('referrals.none') : t('referrals.count', { count: load.referrals.length })}
          </p>
          {load.referrals.length > 0 && (
            <div class="table-wrap">
              <table class="data-table" id="referral-table">
                <caption class="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('referrals.col.person')}</th>
                    <th scope="col">{t('referrals.col.category')}</th>
                    <th scope="col">{t('referrals.col.agency')}</th>
                    <th scope="col">{t('referrals.col.priority')}</th>
                    <th scope="col">{t('referrals.col.status')}</th>
                    <th scope="col">{t('referrals.col.due')}</th>
                  </tr>
                </thead>
                <tbody>
                  {load.referrals.map((r) => (
                    <tr key={r.id} data-status={r.status}>
                      <td>
                        <Link href={itemPath('referrals', r.id)}>
                          <span dir="auto">{r.person.name || t('screening.unnamed')}</span>
                        </Link>
                      </td>
                      <td>{categoryLabel(r.category)}</td>
                      <td dir="auto">{r.agency.name}</td>
                      <td>
                        <span class={`badge badge-priority-${r.priority}`}>{priorityLabel(r.priority)}</span>
                      </td>
                      <td>{referralStatusLabel(r.status)}</td>
                      <td class="nowrap">
                        {r.status === 'sent' && r.acknowledge_due ? dayOrTime(r.acknowledge_due) : '—'}
                        {r.status === 'sent' && r.acknowledgement_overdue && (
                          <>
                            {' '}
                            <span class="badge badge-overdue">{t('tasks.overdue')}</span>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
