import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setCsrfToken } from '../api';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import { CurrencyTool, formatAmount, formatRate } from './currency_tool';
import { DateTool, numericDate } from './date_tool';
import { DeadlineTool } from './deadline_tool';
import { convertCurrency, convertDate, deadline, listCalendars } from './tool_api';

const CONVERSION = {
  amount: 11.563066110018044,
  rate: 0.011563066110018044,
  rate_date: '2020-01-01',
  source: 'AFN: worldbank-annual 2020; EUR: fed-h10-monthly 2020-06',
  legs: [],
};

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('tool_api', () => {
  it('asks for a conversion with the query as given, upper-casing currency codes, without a CSRF token (GET)', async () => {
    setCsrfToken('csrf-1');
    const fake = installFakeFetch({ 'GET /api/v1/tools/currency/convert': () => json(200, CONVERSION) });
    const result = await convertCurrency(' 1000 ', 'afn', 'eur', '2020-06-10');
    expect(result.source).toBe(CONVERSION.source);
    const [req] = fake.requests;
    expect(Object.fromEntries(req.search)).toEqual({ amount: '1000', from: 'AFN', to: 'EUR', on: '2020-06-10' });
    expect(req.headers['x-csrf-token']).toBeUndefined();
    setCsrfToken(null);
  });

  it('leaves out the names language when not chosen, and lists calendars', async () => {
    const fake = installFakeFetch({
      'GET /api/v1/tools/date/convert': () => json(200, { calendar: 'gregorian', year: 2019, month: 3, day: 21 }),
      'GET /api/v1/tools/calendars': () => json(200, { calendars: ['gregorian', 'hebrew'] }),
    });
    await convertDate('1398-01-01', 'persian', 'gregorian');
    expect(fake.requests[0].search.has('names')).toBe(false);
    expect(await listCalendars()).toEqual(['gregorian', 'hebrew']);
  });

  it('turns a problem into an ApiError carrying the detail', async () => {
    installFakeFetch({ 'GET /api/v1/tools/deadline': () => problem(404, "There are no holiday rules for the profile 'XX'") });
    await expect(deadline('XX', '2026-12-24', '2')).rejects.toMatchObject({
      status: 404,
      message: "There are no holiday rules for the profile 'XX'",
    });
  });

  it('formats amounts with two decimals and rates with six digits; months as ordinals', () => {
    expect(formatAmount(11.563066110018044)).toBe('11.56');
    expect(formatRate(0.011563066110018044)).toBe('0.0115631');
    expect(numericDate({ year: 5784, month: 13, day: 1 })).toBe('5784-13-01');
  });
});

describe('DateTool', () => {
  it('converts a date and shows it with its numeric form', async () => {
    const fake = installFakeFetch({
      'GET /api/v1/tools/calendars': () => json(200, { calendars: ['gregorian', 'persian'] }),
      'GET /api/v1/tools/date/convert': () =>
        json(200, { calendar: 'gregorian', year: 2019, month: 3, day: 21, era: 'AD', month_name: 'March', weekday: 'Thursday' }),
    });
    render(<DateTool />);
    type('Date', '1398-01-01');
    fireEvent.click(screen.getAllByRole('button', { name: 'Convert' })[0]);
    expect(await screen.findByText('Thursday, 21 March 2019 AD')).toBeTruthy();
    expect(screen.getByText('(Gregorian: 2019-03-21)')).toBeTruthy();
    const req = fake.requests.find((r) => r.path.endsWith('/convert'))!;
    expect(req.search.get('from')).toBe('persian');
    expect(req.search.get('to')).toBe('gregorian');
  });

  it('shows the server’s detail for an impossible date, as an alert', async () => {
    installFakeFetch({
      'GET /api/v1/tools/date/convert': () => problem(400, "'1398-13-40' is not a persian date: month 13 does not exist"),
    });
    render(<DateTool />);
    type('Date', '1398-13-40');
    fireEvent.click(screen.getAllByRole('button', { name: 'Convert' })[0]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe("'1398-13-40' is not a persian date: month 13 does not exist");
  });

  it('does not ask the server for an empty approximate date', async () => {
    const fake = installFakeFetch({ 'GET /api/v1/tools/calendars': () => json(200, { calendars: ['gregorian'] }) });
    render(<DateTool />);
    fireEvent.click(screen.getByRole('button', { name: 'Find the days' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the date as the applicant told it.');
    expect(fake.requests.filter((r) => r.path.includes('/range'))).toHaveLength(0);
  });

  it('shows an age range when the partial dates leave it open', async () => {
    installFakeFetch({
      'GET /api/v1/tools/date/age': () =>
        json(200, { born: { first: '1990-01-01', last: '1990-12-31' }, on: { first: '2019-06-01', last: '2019-06-01' }, min: 28, max: 29 }),
    });
    render(<DateTool />);
    type('Born', '1990');
    fireEvent.click(screen.getByRole('button', { name: 'Work out the age' }));
    expect(await screen.findByText('28 to 29 years old')).toBeTruthy();
  });
});

describe('CurrencyTool', () => {
  it('shows the amount with two decimals, the rate and the source to cite', async () => {
    installFakeFetch({ 'GET /api/v1/tools/currency/convert': () => json(200, CONVERSION) });
    render(<CurrencyTool />);
    type('Amount', '1000');
    type('From currency', 'afn');
    type('On', '2020-06-10');
    fireEvent.click(screen.getByRole('button', { name: 'Convert' }));
    expect(await screen.findByText('1000 AFN = 11.56 EUR')).toBeTruthy();
    expect(screen.getByText('Rate: 1 AFN = 0.0115631 EUR (rate of 2020-01-01)')).toBeTruthy();
    expect(screen.getByText(`Source: ${CONVERSION.source}`)).toBeTruthy();
  });
});

describe('DeadlineTool', () => {
  it('shows the due date and the holidays it skipped', async () => {
    const fake = installFakeFetch({
      'GET /api/v1/tools/deadline': () =>
        json(200, {
          due: '2026-12-29',
          from: '2026-12-24',
          profile: 'BE',
          working_days: 2,
          skipped_holidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
        }),
    });
    render(<DeadlineTool />);
    type('From', '2026-12-24');
    type('Working days', '2');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(await screen.findByText('Due on 2026-12-29')).toBeTruthy();
    expect(screen.getByText('2026-12-25 Christmas Day')).toBeTruthy();
    expect(Object.fromEntries(fake.requests[0].search)).toEqual({ profile: 'BE', from: '2026-12-24', working_days: '2' });
  });
});
