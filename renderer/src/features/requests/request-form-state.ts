// The register form's state and its conversion to the service input. Kept apart from the
// component so the page stays small and the conversion is testable.
import type {
  IdentityMethod,
  RepresentativeAuthority,
  RequestChannel,
  RequestType,
  RequesterKind,
} from '@shared/requests';
import type { IsoDate } from '@shared/text';
import type { RequestDetail, RequestInput } from './requests-api';

export type RequestFormState = {
  readonly type: RequestType;
  readonly receivedOn: IsoDate | null;
  readonly channel: RequestChannel;
  readonly aboutMode: 'subject' | 'none';
  readonly subjectId: string | null;
  readonly representativeId: string | null;
  readonly description: string;
  readonly requesterKind: RequesterKind;
  /** A representative from the register, or 'other' for someone typed in. */
  readonly requesterChoice: string;
  readonly requesterName: string;
  readonly authority: RepresentativeAuthority | '';
  readonly identityMethod: IdentityMethod;
  readonly identityCheckedOn: IsoDate | null;
  readonly identityNote: string;
  readonly details: string;
  readonly replyTo: string;
  readonly notes: string;
};

export const OTHER_REQUESTER = 'other';

export const emptyRequestForm = (today: IsoDate): RequestFormState => ({
  type: 'access',
  receivedOn: today,
  channel: 'paper',
  aboutMode: 'subject',
  subjectId: null,
  representativeId: null,
  description: '',
  requesterKind: 'representative',
  requesterChoice: OTHER_REQUESTER,
  requesterName: '',
  authority: 'parent-of-minor',
  identityMethod: 'id-document',
  identityCheckedOn: today,
  identityNote: '',
  details: '',
  replyTo: '',
  notes: '',
});

export const formFromDetail = (detail: RequestDetail, today: IsoDate): RequestFormState => {
  const r = detail.request;
  return {
    type: r.type,
    receivedOn: r.receivedOn,
    channel: r.channel,
    aboutMode: r.subjectId === null && r.representativeId === null ? 'none' : 'subject',
    subjectId: r.subjectId,
    representativeId: r.representativeId,
    description: r.description ?? '',
    requesterKind: r.requester.kind,
    requesterChoice: r.requester.representativeId ?? OTHER_REQUESTER,
    requesterName: r.requester.name ?? '',
    authority: r.requester.authority ?? '',
    identityMethod: r.identity.method,
    identityCheckedOn: r.identity.checkedOn ?? today,
    identityNote: r.identity.note ?? '',
    details: r.details ?? '',
    replyTo: r.replyTo ?? '',
    notes: r.notes ?? '',
  };
};

/** The service input; dates the user typed badly arrive as '' and are refused on their field. */
export const toRequestInput = (s: RequestFormState): RequestInput => {
  const fromRegister = s.requesterChoice !== OTHER_REQUESTER;
  return {
    type: s.type,
    receivedOn: s.receivedOn ?? '',
    channel: s.channel,
    subjectId: s.aboutMode === 'subject' ? s.subjectId : null,
    representativeId: s.aboutMode === 'subject' ? s.representativeId : null,
    description: s.aboutMode === 'none' ? s.description : undefined,
    details: s.details,
    requester:
      s.requesterKind === 'data-subject'
        ? { kind: 'data-subject' }
        : {
            kind: 'representative',
            ...(fromRegister ? { representativeId: s.requesterChoice } : { name: s.requesterName }),
            ...(s.authority === '' ? {} : { authority: s.authority }),
          },
    identity: {
      method: s.identityMethod,
      ...(s.identityMethod === 'not-checked' ? {} : { checkedOn: s.identityCheckedOn ?? '' }),
      note: s.identityNote,
    },
    replyTo: s.replyTo,
    notes: s.notes,
  };
};
