// Making a backup reports how far it has come (issue 10: at 50,000 children the write takes about
// 30 s and the verify about 100 s, and the screen said only "Veido un pārbauda rezerves kopiju…"):
// a fraction that never falls, over writing (rows written of the rows counted) and then verifying
// the copy read back (bytes read of its size), in rises of at least 1 % so that the screen
// renders at most about a hundred times. It reaches 1 only once the copy verified: a copy that
// does not verify never shows 100 %.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordsVault } from '../records/records-harness';
import { addSettingsRows, registerWithChild, withStrangerRow } from './backup-harness';

/** Rows enough for many pages of the write (ROWS_PER_READ is 64) and several rows frames. */
const EXTRA_ROWS = 2_400;
/** Where writing ends on the bar (backup-service.ts, WRITE_END). */
const WRITE_END = 0.22;
/**
 * Where the verify's pass that opens every row starts on the bar: its KEYS_OPENED (0.12,
 * backup-verify.ts) of the stretch from WRITE_END to READ_BACK_END (0.99).
 */
const ROWS_PASS_START = WRITE_END + (0.99 - WRITE_END) * 0.12;

const asCopy = (bytes: Uint8Array): Blob => new Blob([new Uint8Array(bytes)]);

const expectRisingInSteps = (fractions: readonly number[]): void => {
  expect(fractions[0]).toBe(0);
  for (let i = 1; i < fractions.length; i++) {
    const rise = (fractions[i] as number) - (fractions[i - 1] as number);
    // Every rise is at least 1 %, but the last one to 1 may be smaller.
    if (fractions[i] !== 1) expect(rise).toBeGreaterThanOrEqual(0.01 - 1e-9);
    else expect(rise).toBeGreaterThan(0);
  }
  expect(fractions.length).toBeLessThanOrEqual(102);
};

describe('backup progress', () => {
  let v: RecordsVault;
  let childId: string;

  beforeAll(async () => {
    ({ v, childId } = await registerWithChild());
    await addSettingsRows(v, EXTRA_ROWS);
  }, 60_000);

  it('rises over the write, then over the verify of the copy, and is 1 only once it verified', async () => {
    const seen: number[] = [];
    const made = await v.backup.make(v.head, (fraction) => seen.push(fraction));
    const written = [...seen];
    // The write alone: rows written of the rows counted, many steps, up to WRITE_END.
    expect(written.length).toBeGreaterThan(10);
    expect(Math.max(...written)).toBeGreaterThan(WRITE_END - 0.01);
    expect(Math.max(...written)).toBeLessThanOrEqual(WRITE_END);
    const copy = asCopy(new Uint8Array(await made.blob.arrayBuffer()));
    await made.verifyCopy(copy);
    expectRisingInSteps(seen);
    const verifying = seen.slice(written.length);
    // The verify's two passes report bytes read, then 1 once the MAC compared and rows opened.
    expect(verifying.filter((f) => f > WRITE_END && f < 1).length).toBeGreaterThan(3);
    // The pass that opens every row (most of the verify's time) rises too, not only the first.
    expect(verifying.filter((f) => f > ROWS_PASS_START + 0.01 && f < 0.99).length).toBeGreaterThan(
      3,
    );
    expect(seen.at(-1)).toBe(1);
    expect(seen.filter((f) => f === 1)).toHaveLength(1);
  });

  it('a copy read back without a size (the Electron host) still rises by the bytes read', async () => {
    const seen: number[] = [];
    const made = await v.backup.make(v.head, (fraction) => seen.push(fraction));
    const before = seen.length;
    await made.verifyCopy({ stream: () => made.blob.stream() });
    expect(seen.slice(before).filter((f) => f > WRITE_END && f < 1).length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1);
  });

  it('a copy with one flipped byte is refused and the bar never reaches 1', async () => {
    const seen: number[] = [];
    const made = await v.backup.make(v.head, (fraction) => seen.push(fraction));
    const bytes = new Uint8Array(await made.blob.arrayBuffer());
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    // Worded as a copy that is not what was made (not the restore's "nothing was restored").
    await expect(made.verifyCopy(asCopy(bytes))).rejects.toMatchObject({
      i18nKey: 'errors.backup.copyNotAsMade',
    });
    expect(seen.filter((f) => f > WRITE_END).length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThan(1);
  });

  it('a copy whose row does not open is refused and the bar never reaches 1', async () => {
    const seen: number[] = [];
    await withStrangerRow(v, childId, async () => {
      const made = await v.backup.make(v.head, (fraction) => seen.push(fraction));
      await expect(made.verifyCopy(made.blob)).rejects.toMatchObject({
        i18nKey: 'errors.backup.rowDoesNotOpen',
      });
    });
    expect(seen.length).toBeGreaterThan(1);
    expect(Math.max(...seen)).toBeLessThan(1);
  });
});
