import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { SelectField } from '../components/select_field';
import { TextField } from '../components/text_field';
import { setFlash } from '../flash';
import { formatTimestamp } from '../format';
import { t, type MessageKey } from '../i18n';
import { canRegisterGroups } from '../roles';
import { itemPath, navigate } from '../router';
import { createGroup, GROUP_KINDS, listGroups, type Group } from './group_api';
import { MemberTable } from './member_table';
import { EMPTY_ROW, isBlank, rowErrors, toMember, type MemberRow, type RowErrors } from './member_rows';

/** Mass influx (/influx, UN-8): register a family or group fast; the groups registered. */
export function InfluxPage({ role }: { role: string }) {
  if (!canRegisterGroups(role)) {
    return (
      <>
        <PageHeading title={t('influx.title')} />
        <Notice>{t('influx.noAccess')}</Notice>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('influx.title')} />
      <Notice tone="warning">{t('influx.nonRefoulement')}</Notice>
      <GroupForm />
      <GroupList />
    </>
  );
}

function GroupForm() {
  const [kind, setKind] = useState<string>('family');
  const [location, setLocation] = useState('');
  const [note, setNote] = useState('');
  const [rows, setRows] = useState<MemberRow[]>([{ ...EMPTY_ROW }]);
  const [errors, setErrors] = useState<RowErrors[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event?: Event) => {
    event?.preventDefault();
    if (busy) return;
    const filled = rows.filter((row) => !isBlank(row));
    const found = rows.map((row) => (isBlank(row) ? {} : rowErrors(row)));
    setErrors(found);
    const firstBad = found.findIndex((e) => Object.keys(e).length > 0);
    if (filled.length === 0 || firstBad !== -1) {
      setFailure(filled.length === 0 ? t('influx.error.noMembers') : t('influx.error.rows'));
      const field = firstBad === -1 ? 'name' : (Object.keys(found[firstBad])[0] as keyof MemberRow);
      document.getElementById(`member-${Math.max(0, firstBad)}-${field}`)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const group = await createGroup({ kind, location: location.trim(), note: note.trim(), members: filled.map(toMember) });
      setFlash(t('influx.registered', { count: filled.length }));
      navigate(itemPath('influx', group.id));
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <form class="influx-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="influx-new-title">
      <h2 id="influx-new-title">{t('influx.new')}</h2>
      <div class="field-row">
        <SelectField id="group-kind" label={t('influx.kind')} value={kind} onChange={setKind} options={GROUP_KINDS.map((k) => ({ value: k, label: t(`influx.kind.${k}` as MessageKey) }))} />
        <TextField id="group-location" label={t('influx.location')} value={location} onInput={setLocation} dir="auto" />
        <TextField id="group-note" label={t('influx.note')} value={note} onInput={setNote} dir="auto" />
      </div>
      <p class="hint">{t('influx.keys')}</p>
      <MemberTable rows={rows} errors={errors} onChange={setRows} onSubmit={() => void submit()} />
      <div aria-live="assertive">
        {failure && (
          <p class="notice notice-error" role="alert">
            {failure}
          </p>
        )}
      </div>
      <p class="button-row">
        <button type="submit" class="button button-primary button-large" disabled={busy} aria-keyshortcuts="Control+Enter">
          {busy ? t('screening.working') : t('influx.register', { count: rows.filter((r) => !isBlank(r)).length })}
        </button>
      </p>
    </form>
  );
}

function GroupList() {
  const [groups, setGroups] = useState<Group[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    listGroups(controller.signal).then(setGroups, (e) => {
      if (!controller.signal.aborted) setError(e instanceof ApiError ? e.message : String(e));
    });
    return () => controller.abort();
  }, []);
  return (
    <section aria-labelledby="groups-title">
      <h2 id="groups-title">{t('influx.groups')}</h2>
      {error && <Notice tone="error">{t('influx.loadFailed', { detail: error })}</Notice>}
      {!groups && !error && <p role="status">{t('influx.loading')}</p>}
      {groups && groups.length === 0 && <p>{t('influx.none')}</p>}
      {groups && groups.length > 0 && (
        <ul class="group-list">
          {groups.map((g) => (
            <li key={g.id}>
              <Link href={itemPath('influx', g.id)}>
                {t('influx.groupLine', { kind: t(`influx.kind.${g.kind}` as MessageKey), count: g.member_count ?? g.members.length, location: g.location || '—' })}
              </Link>
              {g.created_at && <span class="hint"> · {formatTimestamp(g.created_at)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
