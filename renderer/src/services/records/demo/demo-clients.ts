// A deterministic, fictional social-office register (issue 11) for demos and screenshots:
// clients (older people and families) with made-up valid personal codes, contacts, a social
// situation, finances, care notes and services; some have a guardian. Names are random
// combinations of common names; phones are +371 2xxxxxxx / +370 6xxxxxxx and e-mails at
// example.lv / example.lt (reserved for examples); bank accounts are checksum-valid but made up.
import type {
  ClientService,
  Country,
  Representative,
  RepresentativeLink,
  Subject,
} from '@shared/domain/types';
import { makeValidLtCode, makeValidLvCode } from '@shared/personal-code/generate';
import { DEFAULT_SERVICE_NAMES } from '../../service-names';
import { FAMILY_NAMES, MEN_NAMES, WOMEN_NAMES } from './demo-names';
import { LT_FAMILY_NAMES, LT_MEN_NAMES, LT_WOMEN_NAMES } from './demo-names-lt';
import type { DemoRegister } from './demo-register';
import { createRandom, type Random } from './prng';

export type SocialDemoOptions = {
  /** Same seed, same register. Default 2026. */
  readonly seed?: number;
  /** Number of clients; default 60. */
  readonly clients?: number;
  /** The office's country: its names, codes, phones and services. Default 'LV'. */
  readonly country?: Country;
};

const NAMES = {
  LV: { women: WOMEN_NAMES, men: MEN_NAMES, family: FAMILY_NAMES },
  LT: { women: LT_WOMEN_NAMES, men: LT_MEN_NAMES, family: LT_FAMILY_NAMES },
} as const;

const FAMILY = ['Dzīvo viena', 'Dzīvo ar meitu', 'Dzīvo ar dzīvesbiedru', 'Bērni ārzemēs'];
const FAMILY_LT = ['Gyvena viena', 'Gyvena su dukra', 'Gyvena su sutuoktiniu', 'Vaikai užsienyje'];
const MATERIAL = ['Pensija', 'Pensija, parādi par komunālajiem', 'Invaliditātes pensija'];
const MATERIAL_LT = [
  'Pensija',
  'Pensija, skolos už komunalines paslaugas',
  'Netekto darbingumo pensija',
];
const CARE = ['Pirmdienās iepirkšanās', 'Zāles rītos', 'Palīdzība mazgāties ceturtdienās'];
const CARE_LT = ['Pirmadieniais pirkiniai', 'Vaistai rytais', 'Pagalba maudantis ketvirtadieniais'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A made-up IBAN of the country with a valid ISO 13616 check (the bank part is invented). */
const iban = (rnd: Random, country: Country): string => {
  const bban =
    country === 'LV' ? `DEMO${pad(rnd.int(0, 999_999_999), 13)}` : pad(rnd.int(0, 999_999_999), 16);
  const numeric = `${bban}${country}00`
    .split('')
    .map((c) => (/\d/u.test(c) ? c : String(c.charCodeAt(0) - 55)))
    .join('');
  let rest = 0;
  for (const digit of numeric) rest = (rest * 10 + Number(digit)) % 97;
  return `${country}${pad(98 - rest, 2)}${bban}`;
};

const birthDate = (rnd: Random): string =>
  `${String(rnd.int(1935, 1965))}-${pad(rnd.int(1, 12), 2)}-${pad(rnd.int(1, 28), 2)}`;

const services = (rnd: Random, country: Country): ClientService[] => {
  const names = DEFAULT_SERVICE_NAMES[country];
  return Array.from({ length: rnd.int(1, 2) }, (_, i) => {
    const year = rnd.int(2019, 2025);
    const ended = i === 0 && rnd.chance(0.3);
    return {
      id: rnd.uuid(),
      name: rnd.pick(names),
      decisionNumber: `${country === 'LV' ? 'SD' : 'SP'}-${String(year)}/${String(rnd.int(1, 999))}`,
      startedOn: `${String(year)}-${pad(rnd.int(1, 12), 2)}-01`,
      ...(ended ? { endedOn: `${String(year + 1)}-06-30` } : {}),
    };
  });
};

type Ctx = { readonly rnd: Random; readonly country: Country; readonly codes: Set<string> };

const codeOf = (ctx: Ctx, born: string, woman: boolean): string => {
  for (;;) {
    const serial = ctx.rnd.int(0, 999);
    const code =
      ctx.country === 'LV'
        ? makeValidLvCode(born, serial)
        : makeValidLtCode(born, woman ? 'female' : 'male', serial);
    if (!ctx.codes.has(code)) {
      ctx.codes.add(code);
      return code;
    }
  }
};

const phone = (ctx: Ctx) =>
  ctx.country === 'LV'
    ? `+371 2${pad(ctx.rnd.int(0, 9_999_999), 7)}`
    : `+370 6${pad(ctx.rnd.int(0, 9_999_999), 7)}`;

const client = (ctx: Ctx): Subject => {
  const { rnd, country } = ctx;
  const names = NAMES[country];
  const woman = rnd.chance(0.6);
  const [masculine, feminine] = rnd.pick(names.family);
  const born = birthDate(rnd);
  const lv = country === 'LV';
  const street = lv
    ? `Parauga iela ${String(rnd.int(1, 120))}, Rīga`
    : `Pavyzdžio g. ${String(rnd.int(1, 120))}, Vilnius`;
  return {
    id: rnd.uuid(),
    kind: 'client',
    givenNames: rnd.pick(woman ? names.women : names.men),
    familyName: woman ? feminine : masculine,
    personalCode: codeOf(ctx, born, woman),
    birthDate: born,
    groupId: null,
    status: 'active',
    contacts: { declaredAddress: street, actualAddress: street, phone: phone(ctx) },
    social: {
      familySituation: rnd.pick(lv ? FAMILY : FAMILY_LT),
      materialSituation: rnd.pick(lv ? MATERIAL : MATERIAL_LT),
    },
    financial: {
      bankAccount: iban(rnd, country),
      benefits: rnd.chance(0.5)
        ? [
            {
              name: lv ? 'Mājokļa pabalsts' : 'Būsto šildymo kompensacija',
              monthlyAmountCents: rnd.int(20, 150) * 100,
            },
          ]
        : [],
    },
    careNotes: rnd.pick(lv ? CARE : CARE_LT),
    services: services(rnd, country),
  };
};

/** Generates the register (no groups: a social office has none). Deterministic. */
export const generateSocialDemoRegister = (options: SocialDemoOptions = {}): DemoRegister => {
  const country = options.country ?? 'LV';
  const ctx: Ctx = { rnd: createRandom(options.seed ?? 2026), country, codes: new Set() };
  const out: DemoRegister = { groups: [], subjects: [], representatives: [], links: [] };
  for (let i = 0; i < (options.clients ?? 60); i += 1) {
    const subject = client(ctx);
    out.subjects.push(subject);
    // About one client in five has a guardian (a relative appointed by the orphan's court).
    if (ctx.rnd.chance(0.2)) {
      const woman = ctx.rnd.chance(0.5);
      const names = NAMES[country];
      const [masculine, feminine] = ctx.rnd.pick(names.family);
      const guardian: Representative = {
        id: ctx.rnd.uuid(),
        givenNames: ctx.rnd.pick(woman ? names.women : names.men),
        familyName: woman ? feminine : masculine,
        phone: phone(ctx),
      };
      const link: RepresentativeLink = {
        id: ctx.rnd.uuid(),
        subjectId: subject.id,
        representativeId: guardian.id,
        relation: 'guardian',
      };
      out.representatives.push(guardian);
      out.links.push(link);
    }
  }
  return out;
};
