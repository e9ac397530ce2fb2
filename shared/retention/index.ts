// Retention schedule and due dates (issue 9 item 3): pure, shared by services and screens.
export * from './schedule';
export * from './validate';
export * from './due';
export * from './consents';
