// The Art. 20 portability export: the data the person (or their legal representative) provided,
// in a structured, commonly used, machine-readable form. Version 1 of the format is documented
// in docs/portability.md; a change to the shape bumps PORTABILITY_SCHEMA_VERSION.
import type { ConsentChannel, ConsentEventKind } from '../consent/types';
import type { Relation } from '../domain/types';
import type { IsoDate } from '../text/dates';

export const PORTABILITY_SCHEMA = 'piekrisanu-registrs/portability';
export const PORTABILITY_SCHEMA_VERSION = 1;

export type PortabilityPerson = {
  readonly givenNames: string;
  readonly familyName: string;
  readonly personalCode?: string;
  readonly birthDate?: IsoDate;
  readonly healthNotes?: string;
};

export type PortabilityRepresentative = {
  readonly givenNames: string;
  readonly familyName: string;
  readonly relation: Relation;
  readonly personalCode?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
};

export type PortabilityConsent = {
  readonly purposeId: string;
  readonly purpose: string;
  readonly events: readonly {
    readonly on: IsoDate;
    readonly answer: ConsentEventKind;
    readonly representative: string;
    readonly channel: ConsentChannel;
    readonly formId?: string;
  }[];
};

export type PortabilityExport = {
  readonly schema: typeof PORTABILITY_SCHEMA;
  readonly schemaVersion: typeof PORTABILITY_SCHEMA_VERSION;
  readonly exportNumber: string;
  readonly exportedOn: IsoDate;
  readonly controller: { readonly name: string; readonly registrationNumber?: string };
  readonly dataSubject: PortabilityPerson;
  readonly representatives: readonly PortabilityRepresentative[];
  readonly consents: readonly PortabilityConsent[];
};

/** A CSV view: a header and rows of text cells. */
export type PortabilityTable = {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
};

/** `data.json` is the whole export; these are CSV views of the same data, one per file name. */
export const portabilityTables = (
  data: PortabilityExport,
): Readonly<Record<string, PortabilityTable>> => {
  const p = data.dataSubject;
  return {
    'data-subject.csv': {
      header: ['field', 'value'],
      rows: [
        ['givenNames', p.givenNames],
        ['familyName', p.familyName],
        ['personalCode', p.personalCode ?? ''],
        ['birthDate', p.birthDate ?? ''],
        ['healthNotes', p.healthNotes ?? ''],
      ],
    },
    'representatives.csv': {
      header: ['givenNames', 'familyName', 'relation', 'personalCode', 'phone', 'email', 'address'],
      rows: data.representatives.map((r) => [
        r.givenNames,
        r.familyName,
        r.relation,
        r.personalCode ?? '',
        r.phone ?? '',
        r.email ?? '',
        r.address ?? '',
      ]),
    },
    'consent-events.csv': {
      header: ['purposeId', 'purpose', 'on', 'answer', 'representative', 'channel', 'formId'],
      rows: data.consents.flatMap((c) =>
        c.events.map((e) => [
          c.purposeId,
          c.purpose,
          e.on,
          e.answer,
          e.representative,
          e.channel,
          e.formId ?? '',
        ]),
      ),
    },
  };
};
