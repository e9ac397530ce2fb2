// The package inside a sealed archive hand-over file (issue 9 item 7; docs/archive-format.md):
// what manifest.json says and how the files are laid out. Pure: the app writes it
// (renderer/src/services/archive), the reference opener checks it (scripts/open-archive.ts).
import { z } from 'zod';

export const ARCHIVE_PACKAGE_SCHEMA = 'piekrisanu-registrs/archive';
export const ARCHIVE_PACKAGE_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

/** Per-person folder: `personas/001/` (a running number: no name in any path). */
export const personFolder = (index: number): string =>
  `personas/${String(index + 1).padStart(3, '0')}`;

/** The files of one person's folder (scans: `skenejumi/<n>-<evidence id>.<ext>`). */
export const PERSON_FILES = {
  summary: 'kopsavilkums.pdf',
  data: 'data.json',
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const archiveManifestSchema = z.strictObject({
  schema: z.literal(ARCHIVE_PACKAGE_SCHEMA),
  formatVersion: z.literal(ARCHIVE_PACKAGE_VERSION),
  institution: z.strictObject({
    name: z.string(),
    registrationNumber: z.string().optional(),
  }),
  /** ISO timestamp (UTC). */
  createdAt: z.string(),
  /** Who exported: the staff member's id and name as the register knows them. */
  exportedBy: z.strictObject({ userId: z.string(), name: z.string() }),
  language: z.enum(['lv', 'lt']),
  personCount: z.number().int().min(0),
  persons: z.array(
    z.strictObject({
      folder: z.string(),
      /** The register's id of the person (random, names no one). */
      personId: z.string(),
      kind: z.enum(['child', 'client']),
      consentEvents: z.number().int().min(0),
      scans: z.array(
        z.strictObject({
          file: z.string(),
          evidenceId: z.string(),
          mimeType: z.string(),
          /** The form the signed paper answered, when known. */
          formId: z.string().optional(),
          /** The day the paper was signed (ISO date). */
          signedOn: z.string().optional(),
        }),
      ),
    }),
  ),
  /** Every file of the package except manifest.json itself, with its SHA-256 (hex) and size. */
  files: z.array(z.strictObject({ path: z.string(), sha256: sha256Hex, bytes: z.number().int() })),
});
export type ArchiveManifest = z.output<typeof archiveManifestSchema>;
export type ArchivedPerson = ArchiveManifest['persons'][number];
