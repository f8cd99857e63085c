#!/usr/bin/env node
// Compares `verbatim deadline` with an independent implementation, the npm package
// date-holidays (its "public" holidays only), for BE, DE, FR and NL, every start day from
// 2000-01-01 to 2050-12-31 and a few numbers of working days (CH-3.10: 2 and 8).
//
// Usage: node compare.mjs path/to/verbatim    (ctest: holidays_oracle)
//
// Where the law and date-holidays differ (docs/deadlines.md, "Differences"), the query is not
// compared with date-holidays: it is counted as excluded, and checked against date-holidays
// adjusted by the documented rule instead. Exits 1 on any disagreement, printing the first few.
import Holidays from 'date-holidays';
import { spawnSync } from 'node:child_process';

const binary = process.argv[2] ?? 'build/verbatim';
const PROFILES = ['BE', 'DE', 'FR', 'NL'];
const WORKING_DAYS = [1, 2, 8, 20];
const FIRST = Date.UTC(2000, 0, 1);
const LAST = Date.UTC(2050, 11, 31);
const DAY = 86400000;
const SHOW = 5;

// Days date-holidays does not type "public" that the jurisdiction's law counts as holidays for
// time limits, chosen by date-holidays' own rule and type so nothing here restates a date.
const DOCUMENTED = {
  NL: [
    { rule: 'easter -2', type: 'school', why: 'Good Friday: Algemene termijnenwet art. 3 (2)' },
    {
      rule: '05-05',
      type: 'school',
      why: 'Liberation Day, every year: Algemene termijnenwet art. 3 (1)',
    },
  ],
};

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const isWeekend = (ms) => [0, 6].includes(new Date(ms).getUTCDay());

// The oracle's holidays for a profile: date → name, and date → reason for documented additions.
function oracleHolidays(profile) {
  const hd = new Holidays(profile, { languages: ['en'] });
  const publicDays = new Map();
  const documented = new Map();
  for (let y = 2000; y <= 2052; y++) {
    for (const h of hd.getHolidays(y)) {
      const date = h.date.slice(0, 10);
      if (h.type === 'public') publicDays.set(date, h.name);
      for (const d of DOCUMENTED[profile] ?? []) {
        if (h.rule === d.rule && h.type === d.type) documented.set(date, d.why);
      }
    }
  }
  for (const date of publicDays.keys()) documented.delete(date);
  return { publicDays, documented };
}

// The n-th working day after `from` (which never counts), and the weekday holidays skipped.
function walk(from, n, isHoliday) {
  let day = from;
  const skipped = [];
  for (let counted = 0; counted < n; ) {
    day += DAY;
    if (isWeekend(day)) continue;
    if (isHoliday(iso(day))) {
      skipped.push(iso(day));
      continue;
    }
    counted++;
  }
  return { due: iso(day), skipped };
}

function runVerbatim(profile, queries) {
  const input = queries.map((q) => `${iso(q.from)} ${q.n}`).join('\n') + '\n';
  const run = spawnSync(binary, ['deadline', '--profile', profile, '--from', '-', '--json'], {
    input,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (run.error || run.status !== 0) {
    throw new Error(`${binary} deadline --profile ${profile} failed: ${run.error ?? run.stderr}`);
  }
  const lines = run.stdout.trimEnd().split('\n');
  if (lines.length !== queries.length) {
    throw new Error(`${profile}: ${queries.length} queries but ${lines.length} answers`);
  }
  return lines.map((l) => JSON.parse(l));
}

const same = (answer, expected) =>
  answer.due === expected.due &&
  JSON.stringify(answer.skipped_holidays.map((h) => h.date)) === JSON.stringify(expected.skipped);

let failed = false;
let totalCompared = 0;
for (const profile of PROFILES) {
  const { publicDays, documented } = oracleHolidays(profile);
  const queries = [];
  for (let from = FIRST; from <= LAST; from += DAY) {
    for (const n of WORKING_DAYS) queries.push({ from, n });
  }
  const answers = runVerbatim(profile, queries);
  let compared = 0, agreed = 0, excluded = 0, excludedAgreed = 0;
  const reasons = new Map();
  const disagreements = [];
  queries.forEach((q, i) => {
    const answer = answers[i];
    const pure = walk(q.from, q.n, (d) => publicDays.has(d));
    const touched = [...documented.keys()].filter(
      (d) => d > iso(q.from) && d <= pure.due && !isWeekend(Date.parse(d)),
    );
    let expected = pure;
    if (touched.length > 0) {
      excluded++;
      for (const d of touched) {
        reasons.set(documented.get(d), (reasons.get(documented.get(d)) ?? 0) + 1);
      }
      expected = walk(q.from, q.n, (d) => publicDays.has(d) || documented.has(d));
      if (same(answer, expected)) excludedAgreed++;
      else disagreements.push({ q, answer, expected, note: 'documented rule' });
      return;
    }
    compared++;
    if (same(answer, expected)) agreed++;
    else disagreements.push({ q, answer, expected, note: 'date-holidays' });
  });
  totalCompared += compared;
  let line = `${profile}: ${compared} compared, ${agreed} agreed`;
  if (excluded > 0) {
    const why = [...reasons].map(([r, c]) => `${c} pass over ${r}`).join('; ');
    line += `; ${excluded} excluded as documented differences (${why}), `;
    line += `${excludedAgreed} of them as the documented rule predicts`;
  }
  console.log(line);
  for (const d of disagreements.slice(0, SHOW)) {
    console.log(
      `  ${profile} ${iso(d.q.from)} +${d.q.n}: verbatim ${d.answer.due ?? d.answer.error} ` +
        `skipping [${(d.answer.skipped_holidays ?? []).map((h) => h.date).join(', ')}], ` +
        `${d.note} ${d.expected.due} skipping [${d.expected.skipped.join(', ')}]`,
    );
  }
  if (disagreements.length > 0) failed = true;
}
console.log(
  failed
    ? 'holidays oracle: DISAGREEMENTS (see above)'
    : `holidays oracle: all ${totalCompared} compared deadlines agree`,
);
process.exit(failed ? 1 : 0);
