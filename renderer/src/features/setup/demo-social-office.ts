// The fictional social office of the social-office demo register (issue 11): no real office or
// person. Its country follows the language the wizard is shown in (Lithuanian: a Lithuanian
// office, otherwise a Latvian one); the clients are generated for that country.
import type { InstitutionForm } from './setup-schemas';

const DEMO_SOCIAL_OFFICES: Readonly<Record<'LV' | 'LT', InstitutionForm>> = {
  LV: {
    kind: 'socialOffice',
    country: 'LV',
    name: 'Ozolciema novada sociālais dienests',
    registrationNumber: '9000000000',
    address: 'Parauga iela 2, Ozolciems, LV-0000',
    phone: '+371 60000001',
    email: 'dienests@ozolciems.example.lv',
    controllerName: 'Vadītāja Ieva Paraudziņa',
    operatorName: 'Lietvede Anna Piemēra',
    recipients: 'sociālie darbinieki, aprūpētāji, grāmatvede',
  },
  LT: {
    kind: 'socialOffice',
    country: 'LT',
    name: 'Ąžuolėlio socialinių paslaugų centras',
    registrationNumber: '300000000',
    address: 'Pavyzdžio g. 1, Ąžuolėlis, LT-00000',
    phone: '+370 60000000',
    email: 'centras@azuolelis.example.lt',
    controllerName: 'Direktorė Ieva Pavyzdytė',
    operatorName: 'Raštvedė Ona Pavyzdienė',
    recipients: 'socialiniai darbuotojai, lankomosios priežiūros darbuotojai, buhalterė',
  },
};

/** The demo social office for the wizard's language ('lt' → Lithuanian). */
export const demoSocialOffice = (language: string): InstitutionForm =>
  DEMO_SOCIAL_OFFICES[language.startsWith('lt') ? 'LT' : 'LV'];
