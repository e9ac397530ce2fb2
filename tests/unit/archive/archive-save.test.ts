// Saving the sealed archive (issue 9 item 7, app/archive-save.ts): a cancelled save dialog is a
// no-op (no audit, false); a saved file is audited once, after the save.
import { describe, expect, it } from 'vitest';
import { saveSealedArchive } from '@renderer/app/archive-save';
import type { HandOver } from '@renderer/services/archive';
import type { Session } from '@renderer/services';

const done = { fileName: 'arhivs-2026-12-01-1150.prarh', personIds: ['p1'] } as unknown as HandOver;
const session = { userId: 'u1', role: 'head' } as unknown as Session;

const run = async (saved: boolean) => {
  const calls: string[] = [];
  const result = await saveSealedArchive(
    {
      recordSaved: () => {
        calls.push('audit');
        return Promise.resolve();
      },
    },
    {
      saveFile: (r) => {
        calls.push(`save ${r.suggestedName}`);
        return Promise.resolve({ saved });
      },
    },
    session,
    done,
    new Uint8Array([1, 2, 3]),
  );
  return { result, calls };
};

describe('saveSealedArchive', () => {
  it('a cancelled save: false, nothing audited', async () => {
    expect(await run(false)).toEqual({ result: false, calls: [`save ${done.fileName}`] });
  });
  it('a saved file: true, audited after the save', async () => {
    expect(await run(true)).toEqual({ result: true, calls: [`save ${done.fileName}`, 'audit'] });
  });
});
