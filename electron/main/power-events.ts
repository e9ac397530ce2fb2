// powerMonitor events that must lock the vault, and the reason sent with 'power:lock'.
import type { PowerLockReason } from '../../shared/ipc/contract';

export const POWER_LOCK_EVENTS = {
  suspend: 'suspend',
  // Windows raises this for Win+L and for fast user switching.
  'lock-screen': 'lock-screen',
  // macOS fast user switching.
  'user-did-resign-active': 'user-switch',
} as const satisfies Record<string, PowerLockReason>;

export type PowerMonitorLockEvent = keyof typeof POWER_LOCK_EVENTS;

export const POWER_MONITOR_LOCK_EVENTS = Object.keys(POWER_LOCK_EVENTS) as PowerMonitorLockEvent[];
