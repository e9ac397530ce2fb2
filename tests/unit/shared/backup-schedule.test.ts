import { describe, expect, it } from 'vitest';
import {
  backupFileDate,
  backupsToPrune,
  DEFAULT_BACKUP_GENERATIONS,
} from '@shared/backup/generations';
import {
  backupWarningDue,
  changedSince,
  dailyBackupDue,
  isDataChange,
} from '@shared/backup/schedule';
import { addDays } from '@shared/text/dates';

const file = (date: string, hhmm = '0900', serial = ''): string =>
  `registrs-${date}-${hhmm}${serial}.prbk`;

/** One backup a day at 09:00 for `days` days ending on `last`. */
const daily = (last: string, days: number): string[] =>
  Array.from({ length: days }, (_, i) => file(addDays(last, -i)));

describe('backup file names', () => {
  it('reads the local date, minute and serial', () => {
    expect(backupFileDate('registrs-2026-11-30-2130.prbk')).toEqual({
      date: '2026-11-30',
      minute: 21 * 60 + 30,
      serial: 1,
    });
    expect(backupFileDate('registrs-2026-11-30-2130-3.prbk')?.serial).toBe(3);
  });

  it('refuses other names, impossible dates and times', () => {
    for (const name of [
      'registrs-2026-11-30-2130.prbk.part',
      'registrs-2026-02-30-0900.prbk',
      'registrs-2026-11-30-2460.prbk',
      'registrs-2026-11-30-2400.prbk',
      'kopija-2026-11-30-2130.prbk',
      'registrs-2026-11-30-2130.zip',
    ])
      expect(backupFileDate(name), name).toBeNull();
  });
});

describe('generations kept (grandfather-father-son)', () => {
  it('keeps everything while there are fewer backups than generations', () => {
    expect(backupsToPrune(daily('2026-11-30', 5), DEFAULT_BACKUP_GENERATIONS)).toEqual([]);
  });

  it('keeps the last 7 days, the newest of 4 weeks and of 12 months from a year of dailies', () => {
    const names = daily('2026-11-30', 400);
    const pruned = new Set(backupsToPrune(names, DEFAULT_BACKUP_GENERATIONS));
    const kept = names.filter((n) => !pruned.has(n)).sort();
    // 30.11.2026 is a Monday: dailies 24.–30.11; weeks begin 30.11, 23.11, 16.11, 9.11 (their
    // newest: 30.11, 29.11, 22.11, 15.11); months Nov 2026 back to Dec 2025 (their last day).
    expect(kept).toEqual(
      [
        ...daily('2026-11-30', 7),
        file('2026-11-22'),
        file('2026-11-15'),
        ...[
          '2026-10-31',
          '2026-09-30',
          '2026-08-31',
          '2026-07-31',
          '2026-06-30',
          '2026-05-31',
          '2026-04-30',
          '2026-03-31',
          '2026-02-28',
          '2026-01-31',
          '2025-12-31',
        ].map((d) => file(d)),
      ].sort(),
    );
    expect(names.length - pruned.size).toBe(7 + 2 + 11);
  });

  it('keeps the newest file of a day, counting two in one minute in order', () => {
    const names = [
      file('2026-11-30', '0900'),
      file('2026-11-30', '0900', '-2'),
      file('2026-11-30', '0800'),
    ];
    expect(backupsToPrune(names, { daily: 1, weekly: 1, monthly: 1 }).sort()).toEqual(
      [file('2026-11-30', '0800'), file('2026-11-30', '0900')].sort(),
    );
  });

  it('never returns other files and always keeps the newest backup', () => {
    const names = ['notes.txt', 'registrs-2026-11-30-0900.prbk.x.part', file('2026-11-30')];
    expect(backupsToPrune(names, { daily: 0, weekly: 0, monthly: 0 })).toEqual([]);
  });
});

describe('when backups are due', () => {
  it('the daily backup is due on the first unlock of a day, and again after a failure', () => {
    expect(dailyBackupDue(null, '2026-11-30')).toBe(true);
    expect(dailyBackupDue('2026-11-29', '2026-11-30')).toBe(true);
    expect(dailyBackupDue('2026-11-30', '2026-11-30')).toBe(false);
  });

  it('warns when the last verified backup is older than the configured days', () => {
    expect(backupWarningDue('2026-11-23', '2026-01-01', '2026-11-30', 7)).toBe(false);
    expect(backupWarningDue('2026-11-22', '2026-01-01', '2026-11-30', 7)).toBe(true);
    // Never backed up: counted from the day the register was made.
    expect(backupWarningDue(null, '2026-11-30', '2026-11-30', 7)).toBe(false);
    expect(backupWarningDue(null, '2026-11-01', '2026-11-30', 7)).toBe(true);
  });

  it('a quit backs up only after a change, not after reads, sign-ins or the backup itself', () => {
    const entries = [
      { seq: 10, action: 'subject.create' },
      { seq: 11, action: 'login.success' },
      { seq: 12, action: 'subject.view' },
      { seq: 13, action: 'vault.backup' },
    ];
    expect(changedSince(entries, 9)).toBe(true);
    expect(changedSince(entries, 10)).toBe(false);
    expect(isDataChange('consent.record')).toBe(true);
    expect(isDataChange('subject.list')).toBe(false);
  });
});
