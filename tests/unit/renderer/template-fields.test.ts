// The head's wording editor offers the client's own lines of a social office's form (issue 11
// item 5) only on templates that have them, and edits them without touching anything else.
import { describe, expect, it } from 'vitest';
import { loadBundledTemplates } from '@shared/pdf';
import { emptyFields, wordingFields } from '@renderer/features/templates/template-fields';

const templates = loadBundledTemplates();
const keys = (id: string) => wordingFields(templates.latest(id)).map((f) => f.key);

describe('wording fields of a client form', () => {
  it('include the self-signed lines on client forms only, the lead on the withdrawal only', () => {
    const self = [
      'selfSigned.subject.prefix',
      'selfSigned.subject.caption',
      'selfSigned.signatureCaption',
    ];
    expect(keys('lv-klienta-piekrisana-1')).toEqual(expect.arrayContaining(self));
    expect(keys('lv-klienta-piekrisana-1')).not.toContain('selfSigned.lead');
    expect(keys('lt-kliento-atsaukimas-1')).toEqual(
      expect.arrayContaining([...self, 'selfSigned.lead']),
    );
    expect(keys('lv-veidlapa-1').filter((k) => k.startsWith('selfSigned'))).toEqual([]);
  });

  it('edits the client signature caption and nothing else; an emptied one is refused', () => {
    const template = templates.latest('lv-klienta-piekrisana-1');
    const fields = wordingFields(template);
    const caption = fields.find((f) => f.key === 'selfSigned.signatureCaption');
    if (!caption) throw new Error('no caption field');
    expect(caption.get(template)).toBe('(datums, klienta paraksts, atšifrējums)');
    const edited = caption.set(template, '(datums, klienta paraksts)');
    expect(edited.selfSigned).toEqual({
      ...template.selfSigned,
      signatureCaption: '(datums, klienta paraksts)',
    });
    expect({ ...edited, selfSigned: template.selfSigned }).toEqual(template);
    expect(emptyFields(caption.set(template, ' '), fields)).toEqual([
      'selfSigned.signatureCaption',
    ]);
  });
});
