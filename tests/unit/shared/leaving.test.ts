// One leaving rule (issue 9): a date still to come is a planned leaving, the date itself is the
// day the child has left; "today" is the institution's date in Europe/Riga or Europe/Vilnius.
import { describe, expect, it } from 'vitest';
import {
  institutionToday,
  isLeavingDue,
  isPlannedLeaving,
  leavingAction,
  leavingStatus,
} from '@shared/domain/leaving';

describe('institutionToday', () => {
  it('is the calendar day in the institution’s zone, not the computer’s', () => {
    // 21:59 UTC on 9 March is 23:59 in Riga and Vilnius (UTC+2 in winter); 22:00 is the 10th.
    expect(institutionToday(new Date('2025-03-09T21:59:59Z'), 'LV')).toBe('2025-03-09');
    expect(institutionToday(new Date('2025-03-09T22:00:00Z'), 'LV')).toBe('2025-03-10');
    expect(institutionToday(new Date('2025-03-09T22:00:00Z'), 'LT')).toBe('2025-03-10');
    // Summer time: UTC+3.
    expect(institutionToday(new Date('2025-06-30T20:59:59Z'), 'LV')).toBe('2025-06-30');
    expect(institutionToday(new Date('2025-06-30T21:00:00Z'), 'LV')).toBe('2025-07-01');
  });
});

describe('leavingStatus and the day boundary', () => {
  const leaving = (leftOn: string | undefined) => ({ status: 'active' as const, leftOn });

  it('the day before the date is planned; the date itself has left', () => {
    expect(leavingStatus('left', '2025-03-10', '2025-03-09')).toBe('active');
    expect(leavingStatus('active', '2025-03-10', '2025-03-10')).toBe('left');
    expect(leavingStatus('active', '2025-03-10', '2025-03-11')).toBe('left');
    expect(isPlannedLeaving(leaving('2025-03-10'), '2025-03-09')).toBe(true);
    expect(isLeavingDue(leaving('2025-03-10'), '2025-03-09')).toBe(false);
    expect(isPlannedLeaving(leaving('2025-03-10'), '2025-03-10')).toBe(false);
    expect(isLeavingDue(leaving('2025-03-10'), '2025-03-10')).toBe(true);
  });

  it('without a date the status is as given; archived stays archived', () => {
    expect(leavingStatus('active', undefined, '2025-03-09')).toBe('active');
    expect(leavingStatus('archived', '2025-03-01', '2025-03-09')).toBe('archived');
    expect(isLeavingDue(leaving(undefined), '2025-03-09')).toBe(false);
    expect(isLeavingDue({ status: 'left', leftOn: '2025-03-01' }, '2025-03-09')).toBe(false);
  });

  it('names the audit action of what the leaving now is', () => {
    expect(leavingAction(leaving(undefined), '2025-03-09')).toBe('subject.unleave');
    expect(leavingAction(leaving('2025-03-10'), '2025-03-09')).toBe('subject.planLeave');
    expect(leavingAction({ status: 'left', leftOn: '2025-03-09' }, '2025-03-09')).toBe(
      'subject.leave',
    );
  });
});
