// Seed 003 13.3 (issue 11): a social office keeps a client's file 50 years after the LAST
// service; while any service lasts, nothing is due.
import { describe, expect, it } from 'vitest';
import { defaultSchedule, lastServiceEnded, retentionDates } from '@shared/retention';

const facts = (services: { endedOn?: string }[], leftOn?: string) => ({
  services,
  leftOn,
  hasPersonalCode: true,
  hasContacts: true,
  hasConsents: false,
  hasEvidence: false,
  hasHealthNotes: true,
  requestsClosedOn: [],
});

describe('end of the last service', () => {
  it('is the latest end once every service has ended', () => {
    expect(lastServiceEnded([{ endedOn: '2024-05-31' }, { endedOn: '2025-03-31' }])).toBe(
      '2025-03-31',
    );
    expect(lastServiceEnded([{ endedOn: '2025-03-31' }, {}])).toBeUndefined();
    expect(lastServiceEnded([])).toBeUndefined();
  });

  it("starts the social office's 50 years; an open service keeps everything", () => {
    const schedule = defaultSchedule('socialOffice');
    const ended = retentionDates(
      schedule,
      facts([{ endedOn: '2024-05-31' }, { endedOn: '2025-03-31' }]),
    );
    expect(ended.find((d) => d.category === 'record')).toMatchObject({
      event: 'lastService',
      eventDate: '2025-03-31',
      dueOn: '2075-03-31',
    });
    expect(retentionDates(schedule, facts([{ endedOn: '2025-03-31' }, {}]))).toEqual([]);
    // Even a leaving date does not end the file while a service is still open.
    expect(retentionDates(schedule, facts([{}], '2025-01-01'))).toEqual([]);
  });

  it('without services, the leaving date counts as before', () => {
    const dates = retentionDates(defaultSchedule('socialOffice'), facts([], '2020-02-29'));
    expect(dates.find((d) => d.category === 'record')?.dueOn).toBe('2070-02-28');
  });
});
