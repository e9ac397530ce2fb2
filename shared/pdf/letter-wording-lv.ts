// Latvian wording of request letters and the access report. Terms follow the seeds (pārzinis,
// personas datu operators, likumiskais pārstāvis, piekrišana, atsaukums) and the Latvian text of
// the GDPR ("Vispārīgā datu aizsardzības regula", VDAR). Dates in running text end with the
// ordinal dot ("14.03.2026.").
import type { InstitutionKind } from '../domain/types';
import type { LetterFacts, LetterWording, ProcessingDescription } from './letter-wording';

const REGULATION =
  'Eiropas Parlamenta un Padomes 2016. gada 27. aprīļa Regulu (ES) 2016/679 (Vispārīgā datu aizsardzības regula, turpmāk – VDAR)';

const receivedSentence = (f: LetterFacts): string =>
  `${f.received}. saņēmām Jūsu pieprasījumu, kas iesniegts saskaņā ar ${REGULATION} un reģistrēts ar Nr. ${f.requestNumber}.`;

const KINDERGARTEN: ProcessingDescription = {
  purposes: [
    {
      purpose: 'pirmsskolas izglītības nodrošināšana: izglītojamo uzskaite, grupas, apmeklējums',
      basis: 'legal-obligation',
    },
    { purpose: 'saziņa ar bērna likumiskajiem pārstāvjiem', basis: 'public-task' },
    { purpose: 'bērna veselības un drošības nodrošināšana iestādē', basis: 'legal-obligation' },
    {
      purpose: 'fotogrāfijas, filmēšanas ieraksti un vārda, uzvārda publicēšana (Veidlapa Nr. 1)',
      basis: 'consent',
    },
  ],
  categories: ['identity', 'identifiers', 'contacts', 'health', 'consents', 'photos'],
  retention:
    'Kamēr bērns apmeklē iestādi, un pēc tam iestādes lietu nomenklatūrā un arhīvu normatīvajos aktos noteikto laiku. Piekrišanas un atsaukumi glabājas, kamēr var būt jāpierāda apstrādes likumība.',
  source:
    'Dati saņemti no bērna likumiskajiem pārstāvjiem, izņemot ierakstus, ko iestādes darbinieki veic savu pienākumu izpildē.',
  thirdCountries:
    'Personas dati netiek nodoti uz trešajām valstīm vai starptautiskām organizācijām.',
  automatedDecisions: 'Automatizēta lēmumu pieņemšana, tostarp profilēšana, netiek veikta.',
};

const SOCIAL_OFFICE: ProcessingDescription = {
  ...KINDERGARTEN,
  purposes: [
    { purpose: 'sociālo pakalpojumu un sociālās palīdzības sniegšana', basis: 'legal-obligation' },
    { purpose: 'saziņa ar klientu un viņa likumiskajiem pārstāvjiem', basis: 'public-task' },
    { purpose: 'foto un video fiksācija pasākumos un tās publicēšana', basis: 'consent' },
  ],
  retention:
    'Kamēr tiek sniegts pakalpojums, un pēc tam iestādes lietu nomenklatūrā un arhīvu normatīvajos aktos noteikto laiku.',
  source:
    'Dati saņemti no klienta vai viņa likumiskā pārstāvja un normatīvajos aktos noteiktajos gadījumos no valsts un pašvaldību institūcijām.',
};

export const LETTER_WORDING_LV: LetterWording = {
  language: 'lv',
  dateInText: (formatted) => `${formatted}.`,
  labels: {
    registrationNumber: 'Reģ. Nr.',
    phone: 'Tālr.',
    email: 'E-pasts',
    number: 'Nr.',
    requestNumber: 'Pieprasījuma Nr.:',
    received: 'Saņemts:',
    requestType: 'Pieprasījuma veids:',
    dataSubject: 'Datu subjekts:',
    attachments: 'Pielikumā:',
    closing: 'Ar cieņu',
    signature: '(paraksts)',
    preparedBy: 'Sagatavoja:',
    containsPersonalData: 'Satur personas datus',
    portabilityAttachment: 'Personas datu kopija mašīnlasāmā formātā (VDAR 20. pants), ZIP fails',
    letter: 'Vēstule',
    page: (page, of) => `${page}. lapa no ${of}`,
  },
  titles: {
    acknowledgement: 'Apliecinājums par pieprasījuma saņemšanu',
    clarification: 'Lūgums precizēt pieprasījumu un apliecināt identitāti',
    extension: 'Paziņojums par atbildes termiņa pagarināšanu',
    answer: 'Atbilde uz pieprasījumu',
    refusal: 'Atteikums izpildīt pieprasījumu',
  },
  requestTypes: {
    access: 'piekļuve saviem personas datiem (VDAR 15. pants)',
    rectification: 'personas datu labošana (VDAR 16. pants)',
    erasure: 'personas datu dzēšana (VDAR 17. pants)',
    restriction: 'apstrādes ierobežošana (VDAR 18. pants)',
    objection: 'iebildumi pret apstrādi (VDAR 21. pants)',
    portability: 'datu pārnesamība (VDAR 20. pants)',
    'consent-withdrawal': 'piekrišanas atsaukšana (VDAR 7. panta 3. punkts)',
    other: 'cits pieprasījums par personas datu apstrādi',
  },
  refusalReasons: {
    'manifestly-unfounded':
      'pieprasījums ir acīmredzami nepamatots vai pārmērīgs, jo īpaši tā atkārtotā rakstura dēļ (VDAR 12. panta 5. punkts);',
    'rights-of-others':
      'informācijas izsniegšana nelabvēlīgi ietekmētu citu personu tiesības un brīvības (VDAR 15. panta 4. punkts);',
    'erasure-exemption':
      'datus nevar dzēst, jo to apstrāde ir vajadzīga juridiska pienākuma izpildei, uzdevuma izpildei sabiedrības interesēs vai likumīgu prasību celšanai, īstenošanai vai aizstāvēšanai (VDAR 17. panta 3. punkts);',
    'identity-not-established':
      'nav izdevies pārliecināties par pieprasījuma iesniedzēja identitāti vai pārstāvības tiesībām (VDAR 12. panta 6. punkts un 11. panta 2. punkts);',
    'not-held': 'iestādes rīcībā nav pieprasīto personas datu.',
  },
  acknowledgement: (f, due) => [
    `Apliecinām, ka ${f.received}. saņēmām Jūsu pieprasījumu, kas iesniegts saskaņā ar ${REGULATION}, un reģistrējām to ar Nr. ${f.requestNumber}.`,
    `Atbildi sniegsim bez nepamatotas kavēšanās un ne vēlāk kā līdz ${due}. (VDAR 12. panta 3. punkts). Ja pieprasījumu sarežģītības vai skaita dēļ šis termiņš būs jāpagarina, līdz minētajam datumam Jūs par to informēsim un norādīsim iemeslus.`,
    'Ja pieprasījuma izpildei būs vajadzīga papildu informācija vai Jūsu identitātes apliecinājums, mēs ar Jums sazināsimies.',
  ],
  clarificationIntro: (f) => [receivedSentence(f), 'Lai pieprasījumu varētu izpildīt, lūdzam:'],
  clarificationIdentity:
    'Identitāti var apliecināt, ierodoties iestādē personīgi un uzrādot personu apliecinošu dokumentu (pasi vai personas apliecību), vai iesniedzot pieprasījumu, kas parakstīts ar drošu elektronisko parakstu (VDAR 12. panta 6. punkts). Ja pieprasījumu iesniedz likumiskais pārstāvis vai pilnvarota persona, lūdzam uzrādīt arī pārstāvību apliecinošu dokumentu.',
  extension: (f, months, due) => [
    receivedSentence(f),
    `Informējam, ka saskaņā ar VDAR 12. panta 3. punktu atbildes sniegšanas termiņš tiek pagarināts par ${months === 1 ? 'vienu mēnesi' : 'diviem mēnešiem'} – līdz ${due}.`,
  ],
  extensionReasons: 'Termiņa pagarināšanas iemesli:',
  answerIntro: (f) => `${receivedSentence(f)} Atbildot uz to, informējam:`,
  refusalIntro: (f, partial) => [
    receivedSentence(f),
    `Izvērtējuši pieprasījumu, esam nolēmuši to ${partial ? 'daļēji' : 'pilnībā'} neapmierināt šādu iemeslu dēļ:`,
  ],
  rightToComplain:
    'Ja uzskatāt, ka Jūsu personas dati tiek apstrādāti, pārkāpjot VDAR, Jums ir tiesības iesniegt sūdzību Datu valsts inspekcijā (www.dvi.gov.lv) un vērsties tiesā (VDAR 77. un 79. pants).',
  refusalRightToComplain:
    'Saskaņā ar VDAR 12. panta 4. punktu informējam, ka Jums ir tiesības iesniegt sūdzību uzraudzības iestādē – Datu valsts inspekcijā (www.dvi.gov.lv) – un vērsties tiesā (VDAR 77. un 79. pants).',
  report: {
    title: 'Informācija par personas datu apstrādi',
    subtitle: 'Vispārīgās datu aizsardzības regulas (VDAR) 15. pants',
    codePointsNote:
      'Rakstzīmes, kuras šajā dokumentā nevar attēlot, piezīmēs norādītas kvadrātiekavās ar to Unikoda kodiem (piemēram, [U+738B]); reģistrā tās ir saglabātas tieši tā, kā ierakstītas.',
    intro:
      'Šajā pārskatā ir visi dati, ko iestādes reģistrs glabā par datu subjektu, ziņas par to apstrādi un saņēmējiem, kuriem tie izpausti.',
    sections: {
      person: 'Personas dati',
      representatives: 'Likumiskie pārstāvji',
      consents: 'Piekrišanas un to vēsture',
      forms: 'Izsniegtās veidlapas',
      requests: 'Pieprasījumi par datu subjekta tiesībām',
      purposes: 'Apstrādes nolūki un tiesiskais pamats',
      categories: 'Personas datu kategorijas',
      retention: 'Glabāšanas laiks',
      recipients: 'Saņēmēji, kuriem dati izpausti',
      source: 'Datu avots un citas ziņas',
      corrections: 'Datu labojumi',
      rights: 'Jūsu tiesības',
    },
    fields: {
      givenNames: 'Vārds',
      familyName: 'Uzvārds',
      personalCode: 'Personas kods',
      birthDate: 'Dzimšanas datums',
      group: 'Grupa',
      enrolledOn: 'Uzņemts',
      leftOn: 'Izstājies',
      status: 'Ieraksta statuss',
      restriction: 'Apstrādes ierobežojums',
      notes: 'Piezīmes',
      healthNotes: 'Veselības informācija',
      relation: 'Radniecība',
      phone: 'Tālrunis',
      email: 'E-pasts',
      address: 'Adrese',
      custodyNotes: 'Aizgādības piezīmes',
    },
    columns: {
      date: 'Datums',
      answer: 'Atbilde',
      representative: 'Pārstāvis',
      channel: 'Veids',
      form: 'Veidlapa',
      template: 'Veidlapas veids',
      issuedOn: 'Izsniegta',
      number: 'Nr.',
      type: 'Veids',
      received: 'Saņemts',
      status: 'Statuss',
      answeredOn: 'Atbildēts',
      recipient: 'Saņēmējs',
      categories: 'Datu kategorijas',
      basis: 'Tiesiskais pamats',
    },
    none: 'Nav.',
    currentState: 'Pašlaik:',
    subjectStatuses: {
      active: 'aktīvs ieraksts',
      left: 'vairs nav iestādē',
      archived: 'arhivēts ieraksts',
    },
    restricted: (since) => `apstrāde ierobežota no ${since}. (VDAR 18. pants)`,
    notRestricted: 'nav',
    relations: {
      mother: 'māte',
      father: 'tēvs',
      guardian: 'aizbildnis',
      fosterParent: 'audžuvecāks',
      other: 'cits likumiskais pārstāvis',
    },
    consentStates: {
      granted: 'piekrišana dota',
      refused: 'atteikts',
      withdrawn: 'piekrišana atsaukta',
      none: 'atbildes nav',
    },
    consentKinds: {
      granted: 'piekrita',
      refused: 'nepiekrita',
      withdrawn: 'atsauca',
      voided: 'anulēts (kļūdains ieraksts)',
    },
    channels: {
      'in-person': 'klātienē',
      'in-writing': 'rakstiski',
      'e-mail-e-signature': 'e-pastā ar drošu e-parakstu',
      post: 'pa pastu',
    },
    requestStatuses: {
      registered: 'reģistrēts',
      'clarification-requested': 'lūgts precizēt',
      'in-progress': 'izskatīšanā',
      answered: 'atbildēts',
      refused: 'atteikts',
      withdrawn: 'atsaukts',
    },
    categories: {
      identity: 'identifikācijas dati (vārds, uzvārds, dzimšanas datums)',
      identifiers: 'personas kods',
      contacts: 'kontaktinformācija (tālrunis, e-pasts, adrese)',
      health: 'veselības dati (VDAR 9. pants)',
      consents: 'piekrišanas un to atsaukumi',
      photos: 'fotogrāfijas un video',
      other: 'citi dati',
    },
    legalBases: {
      consent: 'piekrišana (VDAR 6. panta 1. punkta a) apakšpunkts)',
      contract: 'līgums (VDAR 6. panta 1. punkta b) apakšpunkts)',
      'legal-obligation': 'juridisks pienākums (VDAR 6. panta 1. punkta c) apakšpunkts)',
      'vital-interests': 'vitālas intereses (VDAR 6. panta 1. punkta d) apakšpunkts)',
      'public-task':
        'uzdevums sabiedrības interesēs vai oficiālās pilnvaras (VDAR 6. panta 1. punkta e) apakšpunkts)',
      'legitimate-interests': 'leģitīmās intereses (VDAR 6. panta 1. punkta f) apakšpunkts)',
    },
    lastCorrected: (date) => `Dati pēdējo reizi laboti ${date}.`,
    neverCorrected: 'Kopš ieraksta izveides dati nav laboti.',
    rightsIntro: 'Jums ir tiesības:',
    rights: [
      'pieprasīt savu personas datu labošanu (VDAR 16. pants);',
      'pieprasīt personas datu dzēšanu (VDAR 17. pants) vai apstrādes ierobežošanu (VDAR 18. pants);',
      'iebilst pret apstrādi (VDAR 21. pants) un saņemt savus datus pārnesamā formātā (VDAR 20. pants), ja tam ir pamats;',
      'jebkurā brīdī atsaukt piekrišanu; atsaukums neietekmē apstrādes likumību pirms atsaukuma (VDAR 7. panta 3. punkts);',
      'iesniegt sūdzību Datu valsts inspekcijā (www.dvi.gov.lv) un vērsties tiesā (VDAR 77. un 79. pants).',
    ],
    defaultProcessing: (kind: InstitutionKind) =>
      kind === 'kindergarten' ? KINDERGARTEN : SOCIAL_OFFICE,
  },
};
