// The first page of a group's batch of consent forms (issue 14, defect 4): which group, how many
// forms, which template and in what order, so a stack printed for "Zīļuki" is never handed to
// another group. It is a sheet for the staff, not a form: it carries no form ID and says so.
import { A4 } from './document';
import { MUTED, PageFlow } from './flow';
import { formatDocumentDate } from './form-date';
import type { PdfContext } from './document';
import type { ConsentTemplate } from './template';

/** What the cover names: the group as the records spell it and the number of forms after it. */
export type BatchCover = { readonly groupName: string; readonly formCount: number };

type CoverTexts = {
  readonly title: string;
  readonly group: string;
  readonly count: string;
  readonly form: string;
  readonly prepared: string;
  readonly order: string;
  readonly notAForm: string;
};

const COVER_TEXTS: Readonly<Record<ConsentTemplate['language'], CoverTexts>> = {
  lv: {
    title: 'Veidlapu komplekts',
    group: 'Grupa:',
    count: 'Veidlapu skaits:',
    form: 'Veidlapa:',
    prepared: 'Sagatavots:',
    order: 'Secība: pēc uzvārda, tad pēc vārda, alfabēta secībā.',
    notAForm: 'Šī lapa ir darbiniekiem, tā nav veidlapa: vecākiem to nedod.',
  },
  lt: {
    title: 'Formų rinkinys',
    group: 'Grupė:',
    count: 'Formų skaičius:',
    form: 'Forma:',
    prepared: 'Parengta:',
    order: 'Tvarka: pagal pavardę, paskui pagal vardą, abėcėlės tvarka.',
    notAForm: 'Šis lapas skirtas darbuotojams, tai ne forma: tėvams jo neduokite.',
  },
};

/**
 * Draws the cover as the batch's first page (one A4 page). `generatedOn` is an ISO date
 * `YYYY-MM-DD` (or DD.MM.YYYY); the words follow the template's language.
 */
export const drawBatchCover = (
  ctx: PdfContext,
  template: ConsentTemplate,
  cover: BatchCover,
  generatedOn?: string,
): void => {
  const texts = COVER_TEXTS[template.language];
  const flow = new PageFlow(ctx);
  flow.gap(A4.height * 0.18);
  flow.paragraph(texts.title, { font: ctx.bold, size: 22, lineHeight: 30 });
  flow.gap(18);
  const bold = { font: ctx.bold, size: 16 };
  const regular = { font: ctx.regular, size: 16 };
  flow.labelled(texts.group, cover.groupName, bold, regular);
  flow.gap(6);
  flow.labelled(texts.count, String(cover.formCount), bold, regular);
  flow.gap(18);
  const small = { font: ctx.regular, size: 12, lineHeight: 17 };
  flow.labelled(
    texts.form,
    `${template.formLabel} (${template.id} v${template.version})`,
    { font: ctx.bold, size: 12 },
    { font: ctx.regular, size: 12 },
  );
  if (generatedOn) {
    const date = formatDocumentDate(generatedOn, template.language);
    flow.labelled(
      texts.prepared,
      date,
      { font: ctx.bold, size: 12 },
      { font: ctx.regular, size: 12 },
    );
  }
  flow.gap(6);
  flow.paragraph(texts.order, small);
  flow.gap(24);
  flow.paragraph(texts.notAForm, { ...small, color: MUTED });
};
