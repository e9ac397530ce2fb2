// Types for scripts/app-server.mjs (plain JavaScript: `npm start` runs it before any build).
import type { Server } from 'node:http';

export declare const DEFAULT_APP_PORT: number;
export declare const resolveAppPort: (env: Readonly<Record<string, string | undefined>>) => number;
export declare const portTakenMessage: (port: number) => string;
export declare const openAppServer: (
  env: Readonly<Record<string, string | undefined>>,
) => Promise<{ server: Server; url: string }>;
