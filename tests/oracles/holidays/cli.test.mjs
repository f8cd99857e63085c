// `verbatim deadline` as a person or a script uses it: output forms and clear errors.
// Usage: node --test cli.test.mjs, with VERBATIM=path/to/verbatim   (ctest: deadline_cli)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const binary = process.env.VERBATIM ?? 'build/verbatim';
const verbatim = (args, input = '') =>
  spawnSync(binary, ['deadline', ...args], { input, encoding: 'utf8' });

test('prints the due date and the holidays it did not count', () => {
  const run = verbatim(['--profile', 'BE', '--from', '2024-12-24', '--working-days', '2']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(
    run.stdout,
    '2024-12-27 (Friday): 2 working days after 2024-12-24 in BE, ' +
      'not counting Christmas Day (2024-12-25)\n',
  );
});

test('--json gives the fields of docs/deadlines.md, BE by default', () => {
  const run = verbatim(['--from', '2024-12-20', '--working-days', '2', '--json']);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), {
    profile: 'BE', from: '2024-12-20', working_days: 2, due: '2024-12-24', skipped_holidays: [],
  });
});

test('--from - answers one line per query and reports bad lines without stopping', () => {
  const run = verbatim(['--profile', 'NL', '--from', '-', '--working-days', '1'],
                       '2025-05-02\n\n2025-04-17 2\n2025-02-30\n2025-05-02 x\n');
  assert.equal(run.status, 1);
  const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.due ?? l.error), [
    '2025-05-06',  // Liberation Day skipped
    '2025-04-23',  // Good Friday and Easter Monday skipped
    "'2025-02-30' is not a day of the calendar",
    "write DATE or DATE N, N a number of working days, not '2025-05-02 x'",
  ]);
  assert.match(run.stderr, /2 of the lines could not be answered/);
});

test('a bad date, an unknown profile or a missing count is a clear error', () => {
  const cases = [
    [['--from', '24-12-2024', '--working-days', '2'],
     "'24-12-2024' is not a date; write it as YYYY-MM-DD"],
    [['--from', '2025-02-29', '--working-days', '2'], "'2025-02-29' is not a day of the calendar"],
    [['--profile', 'XX', '--from', '2025-01-02', '--working-days', '2'],
     "There are no holiday rules for the profile 'XX'; known: BE, DE, FR, NL"],
    [['--from', '2025-01-02'], 'say how many working days with --working-days N'],
    [['--from', '2025-01-02', '--working-days', '-1'],
     'a number of working days cannot be negative'],
    [['--from', '1999-12-31', '--working-days', '2'], 'cover the years 2000 to 2099'],
  ];
  for (const [args, message] of cases) {
    const run = verbatim(args);
    assert.equal(run.status, 1, args.join(' '));
    assert.equal(run.stdout, '');
    assert.ok(run.stderr.includes(message), `${args.join(' ')}: ${run.stderr}`);
  }
});
