// Prints a summary of the fictional demo register, or writes it as JSON.
//   npx tsx scripts/demo.ts                 summary
//   npx tsx scripts/demo.ts out/demo.json   write JSON (options: --seed N --children N)
//   npx tsx scripts/demo.ts --kind social   a social office's clients (options: --clients N
//                                           --country LV|LT); each subject has "kind": "client"
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// The renderer's modules use the '@shared/*' path alias, which only tsconfig.renderer.json knows.
type DemoModule = typeof import('../renderer/src/services/records/demo/index');
const { generateDemoRegister, generateSocialDemoRegister } = (await tsImport(
  '../renderer/src/services/records/demo/index.ts',
  {
    parentURL: import.meta.url,
    tsconfig: fileURLToPath(new URL('../tsconfig.renderer.json', import.meta.url)),
  },
)) as DemoModule;

const args = process.argv.slice(2);
const text = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined) throw new Error(`--${name} needs a value`);
  args.splice(at, 2);
  return value;
};
const option = (name: string): number | undefined => {
  const raw = text(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
};
const kind = text('kind') ?? 'kindergarten';
if (kind !== 'kindergarten' && kind !== 'social')
  throw new Error('--kind is kindergarten or social');
const country = text('country') ?? 'LV';
if (country !== 'LV' && country !== 'LT') throw new Error('--country is LV or LT');
const seed = option('seed');
const children = option('children');
const clients = option('clients');
const register =
  kind === 'social'
    ? generateSocialDemoRegister({
        country,
        ...(seed === undefined ? {} : { seed }),
        ...(clients === undefined ? {} : { clients }),
      })
    : generateDemoRegister({
        ...(seed === undefined ? {} : { seed }),
        ...(children === undefined ? {} : { children }),
      });
const path = args[0];
const noun = kind === 'social' ? 'clients' : 'children';

if (path !== undefined) {
  writeFileSync(path, `${JSON.stringify(register, null, 2)}\n`, 'utf8');
  console.log(`Wrote ${register.subjects.length} ${noun} to ${path}`);
} else if (kind === 'social') {
  const services = register.subjects.flatMap((s) => s.services ?? []);
  console.log(
    `Demo social office (fictional, ${country}): ${register.subjects.length} clients, ` +
      `${services.length} services, ${register.representatives.length} guardians`,
  );
  for (const name of [...new Set(services.map((s) => s.name))].sort()) {
    const count = services.filter((s) => s.name === name).length;
    console.log(`  ${name.padEnd(42)} ${String(count).padStart(4)}`);
  }
  const sample = register.subjects
    .slice(0, 3)
    .map((s) => `${s.givenNames} ${s.familyName}`)
    .join(', ');
  console.log(`  e.g. ${sample}`);
} else {
  console.log(
    `Demo register (fictional): ${register.groups.length} groups, ${register.subjects.length} children, ` +
      `${register.representatives.length} representatives, ${register.links.length} links`,
  );
  for (const group of register.groups) {
    const inGroup = register.subjects.filter((s) => s.groupId === group.id);
    const sample = inGroup
      .slice(0, 3)
      .map((s) => `${s.givenNames} ${s.familyName}`)
      .join(', ');
    console.log(`  ${group.name.padEnd(10)} ${String(inGroup.length).padStart(4)}  e.g. ${sample}`);
  }
}
