// Purposes (the three of Veidlapa Nr. 1 plus the head's own) and form templates (bundled
// versions plus the head's edited versions). Editing wording never changes a version: it adds
// the next one, so every form ever printed can be rendered again exactly.
import {
  builtInPurposesFor,
  createCustomPurpose,
  type Purpose,
  type PurposeLabels,
} from '@shared/consent';
import type { InstitutionKind } from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import {
  createTemplateRegistry,
  documentLanguage,
  formTemplateSchema,
  loadBundledTemplates,
  templateInstitutionKind,
  templateKey,
  type FormTemplate,
  type TemplateRegistry,
} from '@shared/pdf';
import {
  addPurpose,
  addTemplateVersion,
  customPurposes,
  storedTemplates,
} from '../../data/consents';
import type { Session } from '../../data/session/session';
import { authorize, type Authorized } from '../authorize';
import type { Permission } from '@shared/access/permissions';
import { auditOne } from './consent-audit';
import type { ConsentDeps } from './consent-deps';
import { readVaultMeta } from '../unlock';

/** The built-in purposes of the register's institution kind, then the head's own. */
export const allPurposes = async (
  deps: ConsentDeps,
  auth: Authorized<Permission>,
): Promise<Purpose[]> => [
  ...builtInPurposesFor((await readVaultMeta(deps.ctx)).kind),
  ...(await customPurposes(deps.ctx.db, auth)),
];

/**
 * The bundled versions the register can use beside the head's saved ones. A head who saved
 * "version 2" before an app release shipped its own version 2 keeps hers: every form the
 * register issued under that (id, version) was printed from the saved wording, so the key must
 * keep meaning it. The bundled text of that number is then not offered (docs/forms.md).
 */
export const unshadowedBundled = (
  stored: readonly { readonly templateId: string; readonly version: number }[],
): FormTemplate[] => {
  const saved = new Set(stored.map((s) => templateKey({ id: s.templateId, version: s.version })));
  return loadBundledTemplates().all.filter((t) => !saved.has(templateKey(t)));
};

export const templateRegistry = async (
  deps: ConsentDeps,
  auth: Authorized<Permission>,
): Promise<TemplateRegistry> => {
  const stored = await storedTemplates(deps.ctx.db, auth);
  return createTemplateRegistry([...unshadowedBundled(stored), ...stored.map((s) => s.source)]);
};

export type TemplateSummary = {
  readonly id: string;
  readonly version: number;
  readonly kind: FormTemplate['kind'];
  readonly language: FormTemplate['language'];
  readonly formLabel: string;
  readonly reviewRequired: boolean;
  readonly reviewNote?: string;
};

const summary = (t: FormTemplate): TemplateSummary => ({
  id: t.id,
  version: t.version,
  kind: t.kind,
  language: t.language,
  formLabel: t.formLabel,
  reviewRequired: t.reviewRequired,
  ...(t.reviewNote ? { reviewNote: t.reviewNote } : {}),
});

/**
 * The newest version of every template id of an institution kind: a social office prints its
 * client forms, a kindergarten keeps Veidlapa Nr. 1 (issue 11 item 5).
 */
export const latestTemplates = (
  registry: TemplateRegistry,
  kind: InstitutionKind,
): TemplateSummary[] =>
  [...new Set(registry.all.map((t) => t.id))]
    .map((id) => registry.latest(id))
    .filter((t) => templateInstitutionKind(t) === kind)
    .map(summary);

const saveTemplateVersion = async (
  deps: ConsentDeps,
  session: Session,
  edited: FormTemplate,
): Promise<FormTemplate> => {
  const auth = authorize(session, 'template.manage');
  const registry = await templateRegistry(deps, auth);
  const latest = registry.latest(edited.id);
  if (latest.kind !== edited.kind)
    throw new AppError('validation', 'validation.invalid', { field: 'kind' });
  const parsed = formTemplateSchema.safeParse({ ...edited, version: latest.version + 1 });
  if (!parsed.success)
    throw new AppError('validation', 'errors.pdf.templateInvalid', { id: edited.id });
  const next = parsed.data;
  await addTemplateVersion(deps.ctx.db, auth, next, next, {
    createdAt: deps.ctx.now().toISOString(),
    createdBy: session.userId,
  });
  await auditOne(
    deps.ctx,
    session,
    'template.version',
    'template',
    `${next.id}@${String(next.version)}`,
  );
  return next;
};

const createPurpose = async (
  deps: ConsentDeps,
  session: Session,
  labels: Partial<PurposeLabels>,
): Promise<Purpose> => {
  const auth = authorize(session, 'purpose.manage');
  const { country } = await readVaultMeta(deps.ctx);
  const purpose = createCustomPurpose(labels, () => crypto.randomUUID(), documentLanguage(country));
  await addPurpose(deps.ctx.db, auth, purpose, {
    createdAt: deps.ctx.now().toISOString(),
    createdBy: session.userId,
  });
  await auditOne(deps.ctx, session, 'purpose.create', 'purpose', purpose.id);
  return purpose;
};

export const createCatalogService = (deps: ConsentDeps) => ({
  purposes: async (session: Session): Promise<Purpose[]> =>
    allPurposes(deps, authorize(session, 'consent.view')),
  createPurpose: (session: Session, labels: Partial<PurposeLabels>): Promise<Purpose> =>
    createPurpose(deps, session, labels),
  templates: async (session: Session): Promise<TemplateSummary[]> =>
    latestTemplates(
      await templateRegistry(deps, authorize(session, 'consent.view')),
      (await readVaultMeta(deps.ctx)).kind,
    ),
  /** One exact version (to show again what a parent signed). */
  template: async (session: Session, id: string, version: number): Promise<FormTemplate> =>
    (await templateRegistry(deps, authorize(session, 'consent.view'))).get(id, version),
  saveTemplateVersion: (session: Session, edited: FormTemplate): Promise<FormTemplate> =>
    saveTemplateVersion(deps, session, edited),
});
