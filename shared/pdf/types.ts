// Data the PDF renderers take. Everything personal arrives as plain strings from the caller;
// the renderers never log or throw with it.

/** The institution as printed on a form: header, operator, controller, recipients. */
export type FormInstitution = {
  name: string;
  registrationNumber?: string;
  address?: string;
  phone?: string;
  email?: string;
  /**
   * The head who represents the controller (the institution), as printed, e.g. "iestādes
   * vadītāja Anna Liepa". Veidlapa Nr. 1 prints it after "Pārzinis:" as the seed does; templates
   * with a controllerRepresentative label print the institution as controller and this after it.
   */
  controllerName: string;
  /** The personal data operator as printed, e.g. "lietvede Marta Kalna". */
  operatorName: string;
  /** The possible recipients as one printed sentence. */
  recipients: string;
};

/** Font files (TrueType bytes). DejaVu Sans is shipped in resources/fonts/. */
export type PdfFonts = {
  regular: Uint8Array;
  bold?: Uint8Array;
  /** Used for the recovery code; falls back to regular. */
  mono?: Uint8Array;
};

/** One consent form in a batch; absent names print as blank fill-in lines. */
export type ConsentFormEntry = {
  formId: string;
  /** The data subject's name (a child, or a social office's client). */
  childName?: string;
  representativeName?: string;
  /**
   * The data subject signs for themselves (a client with no representative recorded, issue 11
   * item 5): the template's `selfSigned` layout is printed, one name line and the subject's own
   * signature caption; representativeName is ignored. A template without that layout refuses
   * (errors.pdf.selfSignedUnsupported).
   */
  subjectSigns?: boolean;
};

export type WithdrawalFormEntry = ConsentFormEntry & {
  /** Purpose ids withdrawn; empty prints every item with an empty box to tick. */
  purposeIds: readonly string[];
  /** The consent form the withdrawal refers to, when known. */
  originalFormId?: string;
};

export type GroupSheetState = 'granted' | 'refused' | 'withdrawn' | 'none';

export type GroupSheetRow = {
  name: string;
  /**
   * ISO birth date, printed beside the name; set only where another child of the group has the
   * same name, so the two are told apart on the wall (issue 14, defect 11).
   */
  birthDate?: string | undefined;
  states: Readonly<Record<string, GroupSheetState>>;
};
