// Which screen each section shows. Each capability registers its pages in a file of its own
// (pages-*.tsx) so capabilities can land independently; App.tsx only looks them up.
import type { ReactNode } from 'react';
import type { Session } from '../services';
import type { SectionId } from './sections';

export type PageContext = {
  readonly session: Session;
  /** Route parameters after the section, e.g. #/subjects/<id> gives ['<id>']. */
  readonly params: readonly string[];
  readonly go: (section: string, ...params: string[]) => void;
};

export type PageRenderer = (context: PageContext) => ReactNode;
export type PageMap = Partial<Record<SectionId, PageRenderer>>;
