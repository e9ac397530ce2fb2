// Issue 14, defect 1: Fluent's <Field> hands its one generated id to the control inside it. Around
// a list of checkboxes every box got the same id, so a click on the label "Zīlītes" ticked
// "Mārītes" and a teacher was given the wrong group. A list of boxes is a CheckboxGroup (its own
// id per box, a fieldset and legend); a Field holds one control, or a RadioGroup whose radios
// get their own ids. This check covers every screen's source, also states the e2e walks do not
// reach; the e2e runs axe with its duplicate-id rules on (tests/e2e/support/axe.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/** Each `<Field …>…</Field>` block of a source file (Fields are not nested in this code). */
const fieldBlocks = (source: string): string[] =>
  [...source.matchAll(/<Field\b[\s\S]*?<\/Field>/g)].map((m) => m[0]);

/** Why the block would share the Field's id among several controls, or null when it cannot. */
const sharedIdRisk = (block: string): string | null => {
  const boxes = (block.match(/<(Checkbox|Switch)\b/g) ?? []).length;
  if (boxes > 1 || (boxes === 1 && block.includes('.map('))) return 'checkboxes';
  const radios = (block.match(/<Radio\b/g) ?? []).length;
  if (radios > 0 && !/<RadioGroup\b/.test(block)) return 'radios without a RadioGroup';
  return null;
};

describe('form controls never share an id', () => {
  it('no Fluent Field wraps a list of checkboxes or loose radios', () => {
    const offenders: string[] = [];
    for (const file of walk(join(root, 'renderer', 'src')).filter((f) => f.endsWith('.tsx'))) {
      for (const block of fieldBlocks(readFileSync(file, 'utf8'))) {
        const risk = sharedIdRisk(block);
        if (risk)
          offenders.push(`${relative(root, file)}: ${risk} in ${block.split('\n')[0] ?? ''}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the check itself finds the pattern that caused the defect', () => {
    const bug = `<Field label="Grupas">{groups.map((g) => (<Checkbox key={g.id} label={g.name} />))}</Field>`;
    expect(sharedIdRisk(fieldBlocks(bug)[0] ?? '')).toBe('checkboxes');
    const fine = `<Field label="Kas"><RadioGroup>{a.map((x) => <Radio value={x} />)}</RadioGroup></Field>`;
    expect(sharedIdRisk(fieldBlocks(fine)[0] ?? '')).toBeNull();
  });
});
