// `npm run holidays`: regenerates shared/requests/public-holidays.generated.ts from the installed
// date-holidays library (after upgrading it). Years 2018-2099: GDPR applies from 25 May 2018,
// and the library applies today's Latvian rules to earlier years too; a date outside the table
// is refused loudly by the deadline engine.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildHolidayTable, holidaySource, renderHolidayModule } from './holidays/table';

const FIRST_YEAR = 2018;
const LAST_YEAR = 2099;

const target = fileURLToPath(
  new URL('../shared/requests/public-holidays.generated.ts', import.meta.url),
);
const table = buildHolidayTable(FIRST_YEAR, LAST_YEAR);
writeFileSync(target, renderHolidayModule(holidaySource(), FIRST_YEAR, LAST_YEAR, table));
console.log(`Wrote ${target} (${holidaySource()}, ${FIRST_YEAR}-${LAST_YEAR}).`);
