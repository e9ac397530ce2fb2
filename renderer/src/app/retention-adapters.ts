// Binds the retention screens to the retention services over the app's one vault context.
import { can } from '@shared/access/permissions';
import type { RetentionScheduleApi } from '../features/retention/retention-api';
import type { Session } from '../services';
import { createRetentionService, type RetentionService } from '../services/retention';
import { services } from './services';

let service: RetentionService | undefined;

export const retentionService = (): RetentionService => {
  service ??= createRetentionService(services().context);
  return service;
};

const apis = new WeakMap<Session, RetentionScheduleApi>();

/** One api object per session, so the section's effects run once. */
export const retentionScheduleApi = (session: Session): RetentionScheduleApi => {
  const known = apis.get(session);
  if (known) return known;
  const r = retentionService();
  const api: RetentionScheduleApi = {
    canEdit: can(session.role, 'retention.manage'),
    load: async () => {
      const [current, versions] = await Promise.all([
        r.schedule(session),
        r.scheduleHistory(session),
      ]);
      return { current, versions };
    },
    save: (schedule) => r.saveSchedule(session, schedule),
  };
  apis.set(session, api);
  return api;
};
