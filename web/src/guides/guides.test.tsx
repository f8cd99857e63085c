import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import { emptyAgency, withAgencyIds, type Guide } from './guide_api';
import { GuideEditorPage } from './guide_editor_page';
import { fieldErrorsFromDetail, inputIdFor } from './guide_errors';
import { GuideListPage } from './guide_list_page';

const GUIDE: Guide = {
  country: 'KZ',
  example: true,
  maintained_by: 'Migration Service (EXAMPLE)',
  last_updated: '2026-11-01',
  agencies: [
    { ...emptyAgency('asylum_authority'), id: 'kz-asylum', name: 'Migration Service (EXAMPLE)', telephone: '+7 000 000 0000' },
    { ...emptyAgency('assistance_organisations'), id: 'kz-ngo-1', name: 'Legal Aid Centre (EXAMPLE)' },
  ],
};

describe('guide errors', () => {
  it('places the server’s field errors on the editor’s inputs', () => {
    expect(inputIdFor('agencies[1].telephone')).toBe('agency-1-telephone');
    expect(inputIdFor('agencies/0/name')).toBe('agency-0-name');
    expect(inputIdFor('maintained_by')).toBe('guide-maintained-by');
    expect(inputIdFor('something')).toBeNull();
  });

  it('splits the server’s sentence into a message per field', () => {
    expect(
      fieldErrorsFromDetail(
        "The guide has 3 problems: agencies[1].telephone: is required for medical (Annex 2); maintained_by: name the agency responsible; agencies: the guide lists no agency for unhcr (Annex 2 requires one).",
      ),
    ).toEqual([
      { field: 'agencies[1].telephone', message: 'is required for medical (Annex 2)' },
      { field: 'maintained_by', message: 'name the agency responsible' },
      { field: 'agencies', message: 'the guide lists no agency for unhcr (Annex 2 requires one)' },
    ]);
    expect(fieldErrorsFromDetail("The guide has a problem: agencies[0].id: 'X' must be 2 to 64 characters.")).toEqual([
      { field: 'agencies[0].id', message: "'X' must be 2 to 64 characters" },
    ]);
    expect(fieldErrorsFromDetail('Not found.')).toEqual([]);
  });

  it('gives new agencies an id of the country and category', () => {
    const guide = withAgencyIds({ ...GUIDE, agencies: [...GUIDE.agencies, emptyAgency('assistance_organisations'), emptyAgency('assistance_organisations')] });
    expect(guide.agencies.map((a) => a.id)).toEqual(['kz-asylum', 'kz-ngo-1', 'kz-assistance-organisations', 'kz-assistance-organisations-2']);
  });
});

describe('GuideListPage', () => {
  it('lists the guides with their EXAMPLE mark and PDF', async () => {
    installFakeFetch({ 'GET /api/v1/guides': () => json(200, { guides: [GUIDE] }) });
    render(<GuideListPage role="border_officer" />);
    const link = await screen.findByRole('link', { name: 'Kazakhstan (KZ)' });
    expect(link.getAttribute('href')).toBe('/guides/KZ');
    expect(screen.getByText('EXAMPLE')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PDF of KZ' }).getAttribute('href')).toBe('/api/v1/guides/KZ/pdf');
    expect(screen.queryByLabelText(/Guide of another country/)).toBeNull();
  });
});

describe('GuideEditorPage', () => {
  it('is read-only for those who are not administrators', async () => {
    installFakeFetch({ 'GET /api/v1/guides/KZ': () => json(200, GUIDE) });
    render(<GuideEditorPage country="KZ" role="border_officer" />);
    expect(await screen.findByText(/This guide is an example with invented agencies/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Migration Service (EXAMPLE)' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(7);
  });

  it('adds and removes assistance organisations and saves the whole guide with PUT', async () => {
    const fake = installFakeFetch({
      'GET /api/v1/guides/KZ': () => json(200, GUIDE),
      'PUT /api/v1/guides/KZ': (r) => json(200, { ...(r.body as Guide), last_updated: '2026-11-22' }),
    });
    render(<GuideEditorPage country="KZ" role="admin" />);
    expect(await screen.findByText(/This guide is an example with invented agencies/)).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Assistance organisations' });
    fireEvent.click(within(section).getByRole('button', { name: 'Add an assistance organisation' }));
    const names = within(section).getAllByLabelText(/^Name/);
    expect(names).toHaveLength(2);
    fireEvent.input(names[1], { target: { value: 'Red Crescent (EXAMPLE)' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Remove Legal Aid Centre (EXAMPLE)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the guide' }));
    expect(await screen.findByText('The guide was saved (last updated 2026-11-22).')).toBeTruthy();
    const put = fake.requests.find((r) => r.method === 'PUT')!.body as Guide;
    expect(put.agencies.map((a) => [a.category, a.name])).toEqual([
      ['asylum_authority', 'Migration Service (EXAMPLE)'],
      ['assistance_organisations', 'Red Crescent (EXAMPLE)'],
    ]);
  });

  it('shows the server’s validation messages by field', async () => {
    installFakeFetch({
      'GET /api/v1/guides/KZ': () => json(200, GUIDE),
      'PUT /api/v1/guides/KZ': () =>
        problem(400, 'The guide has 2 problems: agencies[0].telephone: is required for asylum_authority (Annex 2); maintained_by: name the agency responsible.'),
    });
    render(<GuideEditorPage country="KZ" role="admin" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save the guide' }));
    await waitFor(() => expect(document.getElementById('agency-0-telephone')?.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('agency-0-telephone-error')?.textContent).toBe('is required for asylum_authority (Annex 2)');
    expect(document.getElementById('guide-maintained-by-error')?.textContent).toBe('name the agency responsible');
    expect(screen.getByRole('alert').textContent).toContain('The guide was not saved: The guide has 2 problems');
  });
});
