import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { SelectField } from '../components/select_field';
import { takeFlash } from '../flash';
import { countryName, formatTimestamp, withCode } from '../format';
import { t, type MessageKey } from '../i18n';
import { canRegisterGroups } from '../roles';
import { decisionLabel } from '../screening/labels';
import { addMembers, DETERMINATION_KINDS, determinationsOf, exportUrl, getGroup, GROUP_DECISION_KINDS, recordDetermination, recordGroupDecision, type Group } from './group_api';
import { MemberTable } from './member_table';
import { EMPTY_ROW, isBlank, rowErrors, toMember, type MemberRow, type RowErrors } from './member_rows';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; group: Group };
type Outcome = { tone: 'success' | 'error'; text: string } | null;

function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : String(error);
}

/** One group (/influx/{id}): its members, more members, the determination, decisions, CSV. */
export function GroupPage({ id, role }: { id: string; role: string }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [flash] = useState(() => takeFlash());
  const refresh = async (signal?: AbortSignal) => {
    try {
      const group = await getGroup(id, signal);
      if (!signal?.aborted) setLoad({ status: 'ready', group });
    } catch (error) {
      if (!signal?.aborted) setLoad({ status: 'error', message: errorText(error) });
    }
  };
  useEffect(() => {
    const controller = new AbortController();
    void refresh(controller.signal);
    return () => controller.abort();
  }, [id]);

  if (!canRegisterGroups(role) || load.status !== 'ready') {
    return (
      <>
        <PageHeading title={t('influx.group')} />
        {!canRegisterGroups(role) ? (
          <Notice>{t('influx.noAccess')}</Notice>
        ) : load.status === 'loading' ? (
          <p role="status">{t('influx.loading')}</p>
        ) : (
          <Notice tone="error">{t('influx.loadFailed', { detail: load.status === 'error' ? load.message : '' })}</Notice>
        )}
      </>
    );
  }
  const { group } = load;
  return (
    <>
      <PageHeading title={t('influx.groupTitle', { kind: t(`influx.kind.${group.kind}` as MessageKey), count: group.members.length })} />
      {flash && <Notice tone="success">{flash}</Notice>}
      <Notice tone="warning">{t('influx.nonRefoulement')}</Notice>
      <p>
        {group.location && <span dir="auto">{group.location}</span>}
        {group.created_at && ` · ${formatTimestamp(group.created_at)}`}
        {group.created_by && ` · ${group.created_by}`}
      </p>
      {group.note && <p dir="auto">{group.note}</p>}
      <p class="button-row">
        <a class="button button-secondary" href={exportUrl(group.id)} download>
          {t('influx.export')}
        </a>
        <Link href="/influx" class="button button-secondary">
          {t('influx.back')}
        </Link>
      </p>
      <div class="table-wrap">
        <table class="data-table" id="group-members">
          <caption>{t('influx.members')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('influx.col.name')}</th>
              <th scope="col">{t('influx.col.sex')}</th>
              <th scope="col">{t('influx.col.age')}</th>
              <th scope="col">{t('influx.col.nationality')}</th>
              <th scope="col">{t('influx.col.needsNames')}</th>
            </tr>
          </thead>
          <tbody>
            {group.members.map((m, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td dir="auto">{m.name}</td>
                <td>{m.sex ? t(`screening.sex.${m.sex}` as MessageKey) : '—'}</td>
                <td>{m.approximate_age ?? '—'}</td>
                <td>{m.nationality ? withCode(countryName(m.nationality), m.nationality) : '—'}</td>
                <td>{(m.specific_needs ?? []).map((n) => t(`influx.need.${n}` as MessageKey)).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AddMembers group={group} onAdded={() => void refresh()} />
      <DeterminationForm group={group} onRecorded={() => void refresh()} />
      <GroupDecision group={group} onRecorded={() => void refresh()} />
    </>
  );
}

function AddMembers({ group, onAdded }: { group: Group; onAdded: () => void }) {
  const [rows, setRows] = useState<MemberRow[]>([{ ...EMPTY_ROW }]);
  const [errors, setErrors] = useState<RowErrors[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const submit = async (event?: Event) => {
    event?.preventDefault();
    const filled = rows.filter((r) => !isBlank(r));
    const found = rows.map((r) => (isBlank(r) ? {} : rowErrors(r)));
    setErrors(found);
    if (filled.length === 0 || found.some((e) => Object.keys(e).length > 0)) {
      setOutcome({ tone: 'error', text: filled.length === 0 ? t('influx.error.noMembers') : t('influx.error.rows') });
      return;
    }
    try {
      await addMembers(group.id, filled.map(toMember));
      setRows([{ ...EMPTY_ROW }]);
      setOutcome({ tone: 'success', text: t('influx.added', { count: filled.length }) });
      onAdded();
    } catch (error) {
      setOutcome({ tone: 'error', text: errorText(error) });
    }
  };
  return (
    <details class="result-section">
      <summary>{t('influx.addMembers')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <MemberTable rows={rows} errors={errors} onChange={setRows} onSubmit={() => void submit()} />
        <OutcomeLine outcome={outcome} />
        <button type="submit" class="button button-primary">
          {t('influx.addMembersSubmit')}
        </button>
      </form>
    </details>
  );
}

function DeterminationForm({ group, onRecorded }: { group: Group; onRecorded: () => void }) {
  const [kind, setKind] = useState<string>(DETERMINATION_KINDS[0]);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const recorded = determinationsOf(group);
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await recordDetermination(group.id, kind, note.trim());
      setNote('');
      setOutcome({ tone: 'success', text: t('influx.determinationRecorded', { kind: t(`influx.determination.${kind}` as MessageKey) }) });
      onRecorded();
    } catch (error) {
      setOutcome({ tone: 'error', text: errorText(error) });
    }
  };
  return (
    <section class="result-section" aria-labelledby="determination-title">
      <h2 id="determination-title">{t('influx.determination')}</h2>
      {recorded.length === 0 ? (
        <p>{t('influx.noDetermination')}</p>
      ) : (
        <ul id="group-determinations">
          {recorded.map((d, i) => (
            <li key={i}>
              <strong>{t(`influx.determination.${d.kind}` as MessageKey)}</strong>
              {d.at && ` · ${formatTimestamp(d.at)}`}
              {d.by && ` · ${d.by}`}
              {d.note && <span dir="auto"> — {d.note}</span>}
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={(e) => void submit(e)}>
        <SelectField
          id="determination-kind"
          label={t('influx.determinationKind')}
          value={kind}
          onChange={setKind}
          options={DETERMINATION_KINDS.map((k) => ({ value: k, label: t(`influx.determination.${k}` as MessageKey) }))}
        />
        <div class="field">
          <label for="determination-note">{t('influx.note')}</label>
          <input id="determination-note" type="text" dir="auto" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button button-primary">
          {t('influx.recordDetermination')}
        </button>
      </form>
      <OutcomeLine outcome={outcome} />
    </section>
  );
}

function GroupDecision({ group, onRecorded }: { group: Group; onRecorded: () => void }) {
  const [kind, setKind] = useState<string>(GROUP_DECISION_KINDS[0]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await recordGroupDecision(group.id, kind, '');
      setOutcome({ tone: 'success', text: t('screening.decision.recorded', { kind: decisionLabel(kind) }) });
      onRecorded();
    } catch (error) {
      const detail = errorText(error);
      setOutcome({ tone: 'error', text: error instanceof ApiError && error.status === 409 ? t('screening.decision.refused', { detail }) : t('screening.decision.failed', { detail }) });
    }
  };
  return (
    <section class="result-section" aria-labelledby="group-decision-title">
      <h2 id="group-decision-title">{t('screening.decisions.title')}</h2>
      {(group.decisions ?? []).length === 0 ? (
        <p>{t('screening.decisions.none')}</p>
      ) : (
        <ul id="group-decisions">
          {(group.decisions ?? []).map((d, i) => (
            <li key={i}>
              <strong>{decisionLabel(d.kind)}</strong>
              {d.at && ` · ${formatTimestamp(d.at)}`}
              {d.by && ` · ${d.by}`}
              {d.note && <span dir="auto"> — {d.note}</span>}
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={(e) => void submit(e)}>
        <SelectField id="group-decision-kind" label={t('influx.decisionKind')} value={kind} onChange={setKind} options={GROUP_DECISION_KINDS.map((k) => ({ value: k, label: decisionLabel(k) }))} />
        <button type="submit" class="button button-secondary">
          {t('influx.recordDecision')}
        </button>
      </form>
      <OutcomeLine outcome={outcome} />
    </section>
  );
}

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  return (
    <div aria-live="polite">
      {outcome && (
        <p class={`notice notice-${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : undefined}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
