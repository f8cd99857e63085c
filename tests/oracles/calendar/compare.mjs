// Compares `verbatim date convert` with @internationalized/date, an independent implementation
// of the same calendars (Adobe's, in TypeScript), as issue 4 and docs/calendar.md ask.
//
//   node compare.mjs [path/to/verbatim]
//
// For each calendar both know, it draws random days between 1900 and 2100 (Gregorian) with a
// seeded generator, adds the first and last day of every month of some random years, and
// converts them through the binary in one process per direction (dates on standard input):
// the calendar to Gregorian, and Gregorian to the calendar. Year, month (ordinal), day, era and
// weekday must agree; month names are compared with Intl.DateTimeFormat. It also sends dates
// that do not exist (one day past a month's end, one month past a year's end) and expects each
// refused with its line number. Exits 1 on any disagreement, printing the first few.
// ORACLE_SEED and ORACLE_DATES (random days per calendar and direction) override the defaults.

import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {CalendarDate, createCalendar, toCalendar} from '@internationalized/date';

const binary = process.argv[2] ?? fileURLToPath(new URL('../../../build/verbatim', import.meta.url));
const seed = Number(process.env.ORACLE_SEED ?? 20240320);
const randomDays = Number(process.env.ORACLE_DATES ?? 1000);
const edgeYears = 12;

// Bikram Sambat is not in @internationalized/date: its table is checked against fixed points in
// src/calendar/bikram_sambat_test.cc instead.
const CALENDARS = ['persian', 'islamic-civil', 'islamic-umalqura', 'ethiopic', 'hebrew',
  'buddhist', 'coptic', 'indian'];

// @internationalized/date's era names where Verbatim's differ.
const ERA = {coptic: {CE: 'AM', BCE: 'BD'}, indian: {saka: 'Saka'}};
const verbatimEra = (calendar, era) => ERA[calendar]?.[era] ?? era;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// mulberry32: small, seeded, and the same on every machine.
function generator(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const gregorian = createCalendar('gregorian');
const firstDay = new CalendarDate(1900, 1, 1);
const lastDay = new CalendarDate(2100, 12, 31);
const firstJd = gregorian.toJulianDay(firstDay);
const lastJd = gregorian.toJulianDay(lastDay);

const iso = (d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const weekday = (g) => WEEKDAYS[new Date(Date.UTC(g.year, g.month - 1, g.day)).getUTCDay()];

function run(args, lines) {
  const result = spawnSync(binary, ['date', 'convert', '-', ...args, '--json'], {
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.error) throw result.error;
  return {
    status: result.status,
    out: result.stdout.split('\n').filter((l) => l !== ''),
    err: result.stderr.split('\n').filter((l) => l !== ''),
  };
}

// The days to compare for one calendar: random ones and month edges of random years.
function daysFor(name, random) {
  const cal = createCalendar(name);
  const days = [];
  for (let i = 0; i < randomDays; i++) {
    days.push(firstJd + Math.floor(random() * (lastJd - firstJd + 1)));
  }
  const firstYear = toCalendar(firstDay, cal).year + 1;
  const lastYear = toCalendar(lastDay, cal).year - 1;
  for (let i = 0; i < edgeYears; i++) {
    const year = firstYear + Math.floor(random() * (lastYear - firstYear + 1));
    const months = cal.getMonthsInYear(new CalendarDate(cal, year, 1, 1));
    for (let month = 1; month <= months; month++) {
      const start = new CalendarDate(cal, year, month, 1);
      const end = new CalendarDate(cal, year, month, cal.getDaysInMonth(start));
      days.push(gregorian.toJulianDay(toCalendar(start, gregorian)));
      days.push(gregorian.toJulianDay(toCalendar(end, gregorian)));
    }
  }
  return days.map((jd) => gregorian.fromJulianDay(jd));
}

// Dates that do not exist in `name`, in the oracle's view.
function impossibleFor(name, random) {
  const cal = createCalendar(name);
  const lines = [];
  const firstYear = toCalendar(firstDay, cal).year + 1;
  const lastYear = toCalendar(lastDay, cal).year - 1;
  for (let i = 0; i < 40; i++) {
    const year = firstYear + Math.floor(random() * (lastYear - firstYear + 1));
    const months = cal.getMonthsInYear(new CalendarDate(cal, year, 1, 1));
    const month = 1 + Math.floor(random() * months);
    const days = cal.getDaysInMonth(new CalendarDate(cal, year, month, 1));
    lines.push(`${year}-${month}-${days + 1}`);
    lines.push(`${year}-${months + 1}-1`);
  }
  return lines;
}

function compareRows(rows, expected, what, problems) {
  let agreed = 0;
  expected.forEach((want, i) => {
    let got;
    try {
      got = JSON.parse(rows[i] ?? 'null');
    } catch {
      got = null;
    }
    const differences = got === null ? ['no output'] :
      Object.keys(want).filter((k) => k !== 'input' && got[k] !== want[k])
          .map((k) => `${k}: ${got[k]} ≠ ${want[k]}`);
    if (differences.length === 0) {
      agreed++;
    } else {
      problems.push(`${what} ${want.input}: ${differences.join(', ')}`);
    }
  });
  return agreed;
}

let failed = false;
const random = generator(seed);
console.log(`Oracle: @internationalized/date; seed ${seed}; ${randomDays} random days per ` +
  `calendar and direction, 1900–2100, plus month edges of ${edgeYears} years.`);
for (const name of CALENDARS) {
  const cal = createCalendar(name);
  const monthName = new Intl.DateTimeFormat(`en-u-ca-${name}`, {month: 'long', timeZone: 'UTC'});
  const days = daysFor(name, random);
  const problems = [];

  // The calendar to Gregorian.
  const dates = days.map((g) => toCalendar(g, cal));
  const toGregorian = run(['--from', name, '--to', 'gregorian'], dates.map(iso));
  const fromExpected = days.map((g, i) => ({
    input: iso(dates[i]), calendar: 'gregorian', year: g.year, month: g.month, day: g.day,
    era: 'AD', weekday: weekday(g),
  }));
  const agreedTo = compareRows(toGregorian.out, fromExpected, `${name}→gregorian`, problems);

  // Gregorian to the calendar.
  const toCal = run(['--from', 'gregorian', '--to', name], days.map(iso));
  const toExpected = days.map((g, i) => ({
    input: iso(g), calendar: name, year: dates[i].year, month: dates[i].month, day: dates[i].day,
    era: verbatimEra(name, dates[i].era), weekday: weekday(g),
    month_name: monthName.format(new Date(Date.UTC(g.year, g.month - 1, g.day))),
  }));
  const agreedFrom = compareRows(toCal.out, toExpected, `gregorian→${name}`, problems);
  for (const r of [toGregorian, toCal]) {
    if (r.status !== 0) problems.push(`exit status ${r.status}: ${r.err.slice(0, 3).join(' | ')}`);
  }

  // Dates that do not exist must each be refused, with their line number.
  const impossible = impossibleFor(name, random);
  const refusedRun = run(['--from', name, '--to', 'gregorian'], impossible);
  let refused = 0;
  impossible.forEach((line, i) => {
    if (refusedRun.err.some((e) => e.includes(`line ${i + 1}: '${line}'`))) refused++;
    else problems.push(`${name} ${line} (impossible) was not refused`);
  });
  if (refusedRun.out.length > 0 || refusedRun.status !== 1) {
    problems.push(`impossible dates printed ${refusedRun.out.length} rows, exit ${refusedRun.status}`);
  }

  const compared = 2 * days.length;
  const agreed = agreedTo + agreedFrom;
  console.log(`${name.padEnd(17)} ${compared} compared, ${agreed} agreed ` +
    `(→gregorian ${agreedTo}/${days.length}, gregorian→ ${agreedFrom}/${days.length}); ` +
    `${refused}/${impossible.length} impossible dates refused`);
  if (problems.length > 0) {
    failed = true;
    for (const p of problems.slice(0, 5)) console.log(`  ${p}`);
    if (problems.length > 5) console.log(`  … and ${problems.length - 5} more`);
  }
}
console.log('bikram-sambat     not in @internationalized/date: checked against fixed points ' +
  'and its table in calendar_test');
process.exit(failed ? 1 : 0);
