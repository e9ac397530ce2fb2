// Imported first by main.tsx, before any module builds a schema: zod otherwise probes whether
// `new Function` works (to compile fast parsers), and under the app's CSP (no 'unsafe-eval')
// that probe is reported as a Content-Security-Policy violation. Parsing without it is the
// same, only interpreted.
import { z } from 'zod';

z.config({ jitless: true });
