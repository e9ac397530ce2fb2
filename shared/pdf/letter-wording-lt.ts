// Lithuanian wording of request letters and the access report. Terms follow seed 002 (duomenų
// subjektas, prašymas, atstovas, Valstybinė duomenų apsaugos inspekcija) and the Lithuanian text
// of the GDPR ("Bendrasis duomenų apsaugos reglamentas", BDAR). Dates are written YYYY-MM-DD.
import type { InstitutionKind } from '../domain/types';
import type { LetterFacts, LetterWording, ProcessingDescription } from './letter-wording';

const REGULATION =
  '2016 m. balandžio 27 d. Europos Parlamento ir Tarybos reglamentą (ES) 2016/679 (Bendrasis duomenų apsaugos reglamentas, toliau – BDAR)';

const receivedSentence = (f: LetterFacts): string =>
  `${f.received} gavome Jūsų prašymą, pateiktą pagal ${REGULATION} ir užregistruotą Nr. ${f.requestNumber}.`;

const KINDERGARTEN: ProcessingDescription = {
  purposes: [
    {
      purpose: 'ikimokyklinio ugdymo paslaugų teikimas: ugdytinių apskaita, grupės, lankomumas',
      basis: 'legal-obligation',
    },
    { purpose: 'bendravimas su vaiko teisėtais atstovais', basis: 'public-task' },
    { purpose: 'vaiko sveikatos ir saugumo užtikrinimas įstaigoje', basis: 'legal-obligation' },
    {
      purpose: 'fotografavimas, filmavimas ir vardo, pavardės skelbimas (sutikimo forma)',
      basis: 'consent',
    },
  ],
  categories: ['identity', 'identifiers', 'contacts', 'health', 'consents', 'photos'],
  retention:
    'Kol vaikas lanko įstaigą, vėliau – įstaigos dokumentacijos plane ir archyvų teisės aktuose nustatytą laiką. Sutikimai ir jų atšaukimai saugomi tol, kol gali tekti įrodyti tvarkymo teisėtumą.',
  source:
    'Duomenys gauti iš vaiko teisėtų atstovų, išskyrus įrašus, kuriuos įstaigos darbuotojai daro vykdydami savo pareigas.',
  thirdCountries:
    'Asmens duomenys neperduodami į trečiąsias valstybes ar tarptautinėms organizacijoms.',
  automatedDecisions: 'Automatizuoti sprendimai, įskaitant profiliavimą, nepriimami.',
};

const SOCIAL_OFFICE: ProcessingDescription = {
  ...KINDERGARTEN,
  purposes: [
    { purpose: 'socialinių paslaugų ir socialinės paramos teikimas', basis: 'legal-obligation' },
    { purpose: 'bendravimas su klientu ir jo teisėtais atstovais', basis: 'public-task' },
    {
      purpose: 'fotografavimas ir filmavimas renginiuose bei nuotraukų skelbimas',
      basis: 'consent',
    },
  ],
  retention:
    'Kol teikiama paslauga, vėliau – įstaigos dokumentacijos plane ir archyvų teisės aktuose nustatytą laiką.',
  source:
    'Duomenys gauti iš kliento ar jo teisėto atstovo, o teisės aktų nustatytais atvejais – iš valstybės ir savivaldybių institucijų.',
};

export const LETTER_WORDING_LT: LetterWording = {
  language: 'lt',
  dateInText: (formatted) => formatted,
  labels: {
    registrationNumber: 'Juridinio asmens kodas',
    phone: 'Tel.',
    email: 'El. paštas',
    number: 'Nr.',
    requestNumber: 'Prašymo Nr.:',
    received: 'Gautas:',
    requestType: 'Prašymo rūšis:',
    dataSubject: 'Duomenų subjektas:',
    attachments: 'Priedai:',
    closing: 'Pagarbiai',
    signature: '(parašas)',
    preparedBy: 'Parengė:',
    containsPersonalData: 'Yra asmens duomenų',
    portabilityAttachment:
      'Asmens duomenų kopija kompiuterio skaitomu formatu (BDAR 20 straipsnis), ZIP failas',
    letter: 'Raštas',
    page: (page, of) => `${page} psl. iš ${of}`,
  },
  titles: {
    acknowledgement: 'Pranešimas apie prašymo gavimą',
    clarification: 'Dėl prašymo patikslinimo ir tapatybės patvirtinimo',
    extension: 'Pranešimas apie atsakymo termino pratęsimą',
    answer: 'Atsakymas į prašymą',
    refusal: 'Atsisakymas tenkinti prašymą',
  },
  requestTypes: {
    access: 'susipažinimas su savo asmens duomenimis (BDAR 15 straipsnis)',
    rectification: 'asmens duomenų ištaisymas (BDAR 16 straipsnis)',
    erasure: 'asmens duomenų ištrynimas (BDAR 17 straipsnis)',
    restriction: 'duomenų tvarkymo apribojimas (BDAR 18 straipsnis)',
    objection: 'nesutikimas su duomenų tvarkymu (BDAR 21 straipsnis)',
    portability: 'duomenų perkeliamumas (BDAR 20 straipsnis)',
    'consent-withdrawal': 'sutikimo atšaukimas (BDAR 7 straipsnio 3 dalis)',
    other: 'kitas prašymas dėl asmens duomenų tvarkymo',
  },
  refusalReasons: {
    'manifestly-unfounded':
      'prašymas yra akivaizdžiai nepagrįstas arba neproporcingas, visų pirma dėl jo pasikartojančio pobūdžio (BDAR 12 straipsnio 5 dalis);',
    'rights-of-others':
      'informacijos pateikimas darytų neigiamą poveikį kitų asmenų teisėms ir laisvėms (BDAR 15 straipsnio 4 dalis);',
    'erasure-exemption':
      'duomenų ištrinti negalima, nes jų tvarkymas būtinas teisinei prievolei įvykdyti, užduočiai, vykdomai viešojo intereso labui, atlikti arba teisiniams reikalavimams pareikšti, vykdyti ar apginti (BDAR 17 straipsnio 3 dalis);',
    'identity-not-established':
      'nepavyko nustatyti prašymą pateikusio asmens tapatybės arba atstovavimo teisės (BDAR 12 straipsnio 6 dalis ir 11 straipsnio 2 dalis);',
    'not-held': 'įstaiga netvarko prašomų asmens duomenų.',
  },
  acknowledgement: (f, due) => [
    `Patvirtiname, kad ${f.received} gavome Jūsų prašymą, pateiktą pagal ${REGULATION}, ir užregistravome jį Nr. ${f.requestNumber}.`,
    `Atsakymą pateiksime nedelsdami, ne vėliau kaip iki ${due} (BDAR 12 straipsnio 3 dalis). Jei dėl prašymų sudėtingumo ar skaičiaus šį terminą tektų pratęsti, iki nurodytos datos apie tai Jus informuosime ir nurodysime priežastis.`,
    'Jei prašymui įvykdyti prireiks papildomos informacijos arba Jūsų tapatybės patvirtinimo, su Jumis susisieksime.',
  ],
  clarificationIntro: (f) => [receivedSentence(f), 'Kad galėtume įvykdyti prašymą, prašome:'],
  clarificationIdentity:
    'Tapatybę galite patvirtinti atvykę asmeniškai ir pateikę asmens tapatybę patvirtinantį dokumentą, atsiųsdami elektroniniu parašu pasirašytą prašymą arba paštu atsiųsdami notariškai patvirtintą asmens tapatybę patvirtinančio dokumento kopiją (BDAR 12 straipsnio 6 dalis). Jei prašymą teikia atstovas, reikia pateikti atstovavimą pagrindžiančio dokumento originalą.',
  extension: (f, months, due) => [
    receivedSentence(f),
    `Informuojame, kad pagal BDAR 12 straipsnio 3 dalį atsakymo pateikimo terminas pratęsiamas ${months === 1 ? 'vienu mėnesiu' : 'dviem mėnesiais'} – iki ${due}.`,
  ],
  extensionReasons: 'Termino pratęsimo priežastys:',
  answerIntro: (f) => `${receivedSentence(f)} Atsakydami į jį, informuojame:`,
  refusalIntro: (f, partial) => [
    receivedSentence(f),
    `Išnagrinėję prašymą, nusprendėme jo ${partial ? 'iš dalies' : 'visiškai'} netenkinti dėl šių priežasčių:`,
  ],
  rightToComplain:
    'Jei manote, kad Jūsų asmens duomenys tvarkomi pažeidžiant BDAR, turite teisę pateikti skundą Valstybinei duomenų apsaugos inspekcijai (www.vdai.lrv.lt) ir (ar) kreiptis į teismą (BDAR 77 ir 79 straipsniai).',
  refusalRightToComplain:
    'Pagal BDAR 12 straipsnio 4 dalį informuojame, kad turite teisę pateikti skundą priežiūros institucijai – Valstybinei duomenų apsaugos inspekcijai (www.vdai.lrv.lt) – ir (ar) kreiptis į teismą (BDAR 77 ir 79 straipsniai).',
  report: {
    title: 'Informacija apie asmens duomenų tvarkymą',
    subtitle: 'Bendrojo duomenų apsaugos reglamento (BDAR) 15 straipsnis',
    codePointsNote:
      'Simboliai, kurių šiame dokumente negalima atvaizduoti, pastabose nurodyti laužtiniuose skliaustuose jų Unikodo kodais (pvz., [U+738B]); registre jie saugomi tiksliai taip, kaip įrašyti.',
    intro:
      'Šioje ataskaitoje pateikiami visi duomenys, kuriuos įstaigos registras saugo apie duomenų subjektą, informacija apie jų tvarkymą ir gavėjus, kuriems jie buvo atskleisti.',
    sections: {
      person: 'Asmens duomenys',
      representatives: 'Teisėti atstovai',
      consents: 'Sutikimai ir jų istorija',
      forms: 'Išduotos formos',
      requests: 'Prašymai dėl duomenų subjekto teisių',
      purposes: 'Tvarkymo tikslai ir teisinis pagrindas',
      categories: 'Asmens duomenų kategorijos',
      retention: 'Saugojimo laikotarpis',
      recipients: 'Gavėjai, kuriems duomenys atskleisti',
      source: 'Duomenų šaltinis ir kita informacija',
      corrections: 'Duomenų taisymai',
      rights: 'Jūsų teisės',
    },
    fields: {
      givenNames: 'Vardas',
      familyName: 'Pavardė',
      personalCode: 'Asmens kodas',
      birthDate: 'Gimimo data',
      group: 'Grupė',
      enrolledOn: 'Priimtas',
      leftOn: 'Išvykęs',
      status: 'Įrašo būsena',
      restriction: 'Tvarkymo apribojimas',
      notes: 'Pastabos',
      healthNotes: 'Sveikatos informacija',
      relation: 'Ryšys',
      phone: 'Telefonas',
      email: 'El. paštas',
      address: 'Adresas',
      custodyNotes: 'Globos pastabos',
    },
    columns: {
      date: 'Data',
      answer: 'Atsakymas',
      representative: 'Atstovas',
      channel: 'Būdas',
      form: 'Forma',
      template: 'Formos rūšis',
      issuedOn: 'Išduota',
      number: 'Nr.',
      type: 'Rūšis',
      received: 'Gautas',
      status: 'Būsena',
      answeredOn: 'Atsakyta',
      recipient: 'Gavėjas',
      categories: 'Duomenų kategorijos',
      basis: 'Teisinis pagrindas',
    },
    none: 'Nėra.',
    currentState: 'Dabar:',
    subjectStatuses: {
      active: 'aktyvus įrašas',
      left: 'nebėra įstaigoje',
      archived: 'archyvuotas įrašas',
    },
    restricted: (since) => `tvarkymas apribotas nuo ${since} (BDAR 18 straipsnis)`,
    notRestricted: 'nėra',
    relations: {
      mother: 'motina',
      father: 'tėvas',
      guardian: 'globėjas',
      fosterParent: 'budintis globotojas',
      other: 'kitas teisėtas atstovas',
    },
    consentStates: {
      granted: 'sutikimas duotas',
      refused: 'nesutikta',
      withdrawn: 'sutikimas atšauktas',
      none: 'atsakymo nėra',
    },
    consentKinds: {
      granted: 'sutiko',
      refused: 'nesutiko',
      withdrawn: 'atšaukė',
      voided: 'anuliuotas (klaidingas įrašas)',
    },
    channels: {
      'in-person': 'asmeniškai',
      'in-writing': 'raštu',
      'e-mail-e-signature': 'el. paštu su kvalifikuotu e. parašu',
      post: 'paštu',
    },
    requestStatuses: {
      registered: 'užregistruotas',
      'clarification-requested': 'paprašyta patikslinti',
      'in-progress': 'nagrinėjamas',
      answered: 'atsakyta',
      refused: 'atsisakyta',
      withdrawn: 'atšauktas',
    },
    categories: {
      identity: 'tapatybės duomenys (vardas, pavardė, gimimo data)',
      identifiers: 'asmens kodas',
      contacts: 'kontaktiniai duomenys (telefonas, el. paštas, adresas)',
      health: 'sveikatos duomenys (BDAR 9 straipsnis)',
      consents: 'sutikimai ir jų atšaukimai',
      photos: 'nuotraukos ir vaizdo įrašai',
      other: 'kiti duomenys',
    },
    legalBases: {
      consent: 'sutikimas (BDAR 6 straipsnio 1 dalies a punktas)',
      contract: 'sutartis (BDAR 6 straipsnio 1 dalies b punktas)',
      'legal-obligation': 'teisinė prievolė (BDAR 6 straipsnio 1 dalies c punktas)',
      'vital-interests': 'gyvybiniai interesai (BDAR 6 straipsnio 1 dalies d punktas)',
      'public-task':
        'viešojo intereso užduotis arba viešosios valdžios funkcijos (BDAR 6 straipsnio 1 dalies e punktas)',
      'legitimate-interests': 'teisėti interesai (BDAR 6 straipsnio 1 dalies f punktas)',
    },
    lastCorrected: (date) => `Duomenys paskutinį kartą taisyti ${date}.`,
    neverCorrected: 'Nuo įrašo sukūrimo duomenys netaisyti.',
    rightsIntro: 'Jūs turite teisę:',
    rights: [
      'reikalauti ištaisyti savo asmens duomenis (BDAR 16 straipsnis);',
      'reikalauti ištrinti asmens duomenis (BDAR 17 straipsnis) arba apriboti jų tvarkymą (BDAR 18 straipsnis);',
      'nesutikti su duomenų tvarkymu (BDAR 21 straipsnis) ir gauti savo duomenis perkeliamu formatu (BDAR 20 straipsnis), jei tam yra pagrindas;',
      'bet kada atšaukti sutikimą; atšaukimas nedaro poveikio iki atšaukimo vykdyto tvarkymo teisėtumui (BDAR 7 straipsnio 3 dalis);',
      'pateikti skundą Valstybinei duomenų apsaugos inspekcijai (www.vdai.lrv.lt) ir kreiptis į teismą (BDAR 77 ir 79 straipsniai).',
    ],
    defaultProcessing: (kind: InstitutionKind) =>
      kind === 'kindergarten' ? KINDERGARTEN : SOCIAL_OFFICE,
  },
};
