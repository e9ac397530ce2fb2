// A whole-record erasure names, in plain words, the categories it takes before their retention
// period ends (issue 9): the head approves knowingly.
import { describe, expect, it } from 'vitest';
import { notYetDueText } from '@renderer/features/erasures/not-yet-due-text';
import { appI18n } from './support/i18n-details';

describe('notYetDueText', () => {
  it('names each category with the day its period ends, or that it has not started', async () => {
    const i18n = await appI18n();
    const items = [
      { category: 'healthNotes', dueOn: '2027-05-31' },
      { category: 'consents', dueOn: null },
    ] as const;
    expect(notYetDueText(i18n.getFixedT('lv'), items, 'lv')).toBe(
      'Vēl nav beidzies glabāšanas termiņš: veselības piezīmes (līdz 31.05.2027), ' +
        'piekrišanu veidlapas un atbildes (termiņš vēl nav sācies).',
    );
    expect(notYetDueText(i18n.getFixedT('lt'), items, 'lt')).toBe(
      'Saugojimo terminas dar nepasibaigė: sveikatos pastabos (iki 2027-05-31), ' +
        'sutikimų formos ir atsakymai (terminas dar neprasidėjo).',
    );
    expect(notYetDueText(i18n.getFixedT('lv'), [], 'lv')).toBeNull();
  });
});
