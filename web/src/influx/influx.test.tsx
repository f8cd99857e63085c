import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import { GroupPage } from './group_page';
import { InfluxPage } from './influx_page';
import { parseNeeds, rowErrors, toMember } from './member_rows';

describe('member rows', () => {
  it('reads specific needs typed as numbers or names, and names the unknown ones', () => {
    expect(parseNeeds('2 1, 2')).toEqual({ needs: ['child', 'medical_emergency'], unknown: [] });
    expect(parseNeeds('elderly 99 x')).toEqual({ needs: ['elderly'], unknown: ['99', 'x'] });
    expect(rowErrors({ name: '', sex: '', age: '200', nationality: 'AFG', needs: '0' })).toEqual({
      name: 'Enter a name.',
      age: 'Age in whole years, 0 to 120.',
      nationality: 'Two-letter code.',
      needs: 'Unknown: 0. Use the numbers 1 to 13.',
    });
    expect(toMember({ name: ' Amina ', sex: 'female', age: '7', nationality: 'af', needs: '2' })).toEqual({
      name: 'Amina',
      sex: 'female',
      approximate_age: 7,
      nationality: 'AF',
      specific_needs: ['child'],
    });
  });
});

describe('InfluxPage', () => {
  it('registers a family typed with the keyboard only: Enter adds the next row', async () => {
    const fake = installFakeFetch({
      'GET /api/v1/groups': () => json(200, { groups: [] }),
      'POST /api/v1/groups': () => json(201, { id: 'g1', kind: 'family', location: '', members: [] }),
    });
    render(<InfluxPage role="border_officer" />);
    expect(await screen.findByText('No groups registered yet.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Name of person 1'), { target: { value: 'Karimi, Farid' } });
    fireEvent.input(screen.getByLabelText('Approximate age of person 1'), { target: { value: '34' } });
    fireEvent.keyDown(screen.getByLabelText('Approximate age of person 1'), { key: 'Enter' });
    const second = await screen.findByLabelText('Name of person 2');
    await waitFor(() => expect(document.activeElement).toBe(second));
    fireEvent.input(second, { target: { value: 'Karimi, Amina' } });
    fireEvent.input(screen.getByLabelText('Specific needs of person 2'), { target: { value: '2 3' } });
    expect(screen.getByText('child, unaccompanied or separated child')).toBeTruthy();
    fireEvent.keyDown(second, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(window.location.pathname).toBe('/influx/g1'));
    expect(fake.requests.find((r) => r.method === 'POST')?.body).toEqual({
      kind: 'family',
      location: '',
      note: '',
      members: [
        { name: 'Karimi, Farid', sex: '', approximate_age: 34, nationality: '', specific_needs: [] },
        { name: 'Karimi, Amina', sex: '', approximate_age: null, nationality: '', specific_needs: ['child', 'unaccompanied_or_separated_child'] },
      ],
    });
  });

  it('does not send rows with mistakes', async () => {
    const fake = installFakeFetch({ 'GET /api/v1/groups': () => json(200, { groups: [] }) });
    render(<InfluxPage role="border_officer" />);
    fireEvent.input(screen.getByLabelText('Name of person 1'), { target: { value: 'X' } });
    fireEvent.input(screen.getByLabelText('Specific needs of person 1'), { target: { value: '42' } });
    fireEvent.click(screen.getByRole('button', { name: /Register the group/ }));
    expect(await screen.findByText('Unknown: 42. Use the numbers 1 to 13.')).toBeTruthy();
    expect(fake.requests.some((r) => r.method === 'POST')).toBe(false);
  });
});

describe('GroupPage', () => {
  const GROUP = {
    id: 'g1',
    kind: 'family',
    location: 'Khorgos',
    members: [{ name: 'Karimi, Farid', sex: 'male', approximate_age: 34, nationality: 'AF', specific_needs: ['elderly'] }],
  };

  it('records temporary protection, links the CSV and shows the 409 for a return', async () => {
    let determined = false;
    const fake = installFakeFetch({
      'GET /api/v1/groups/g1': () => json(200, determined ? { ...GROUP, determination: { kind: 'temporary_protection', note: '', by: 'border' } } : GROUP),
      'POST /api/v1/groups/g1/determination': () => {
        determined = true;
        return json(201, {});
      },
      'POST /api/v1/groups/g1/decisions': () => problem(409, 'Non-refoulement applies to every member of the group (UN-8).'),
    });
    render(<GroupPage id="g1" role="border_officer" />);
    await screen.findByRole('heading', { level: 1, name: 'Family of 1' });
    expect(screen.getByRole('link', { name: 'Export to CSV' }).getAttribute('href')).toBe('/api/v1/groups/g1/export.csv');
    fireEvent.change(screen.getByLabelText('Record'), { target: { value: 'temporary_protection' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record for the whole group' }));
    expect(await screen.findByText('Recorded: Temporary protection.')).toBeTruthy();
    expect(fake.requests.find((r) => r.path.endsWith('/determination'))?.body).toEqual({ kind: 'temporary_protection', note: '' });
    await waitFor(() => expect(document.getElementById('group-determinations')?.textContent).toContain('Temporary protection'));
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not recorded: Non-refoulement applies to every member of the group (UN-8).');
  });
});
