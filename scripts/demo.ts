// Prints a summary of the fictional demo register, or writes it as JSON.
//   npx tsx scripts/demo.ts                 summary
//   npx tsx scripts/demo.ts out/demo.json   write JSON (options: --seed N --children N)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// The renderer's modules use the '@shared/*' path alias, which only tsconfig.renderer.json knows.
type DemoModule = typeof import('../renderer/src/services/records/demo/index');
const { generateDemoRegister } = (await tsImport('../renderer/src/services/records/demo/index.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('../tsconfig.renderer.json', import.meta.url)),
})) as DemoModule;

const args = process.argv.slice(2);
const option = (name: string): number | undefined => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  args.splice(at, 2);
  return value;
};
const seed = option('seed');
const children = option('children');
const register = generateDemoRegister({
  ...(seed === undefined ? {} : { seed }),
  ...(children === undefined ? {} : { children }),
});
const path = args[0];

if (path !== undefined) {
  writeFileSync(path, `${JSON.stringify(register, null, 2)}\n`, 'utf8');
  console.log(`Wrote ${register.subjects.length} children to ${path}`);
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
