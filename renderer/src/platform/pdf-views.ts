// The PDFs the browser host shows inside the app's own page (issue 14, defect 3). A PDF opened
// in a tab of its own stayed on screen after the lock; shown here instead, in a viewer that is
// part of the page, it goes when the lock comes: closing a view removes it and revokes its
// object URL, so the bytes cannot be reopened from the URL either.

export type PdfView = {
  readonly id: string;
  /** A blob: URL of the PDF, valid until the view is closed. */
  readonly url: string;
  /** What the viewer's title bar says; never a person's name (callers pass the document kind). */
  readonly title: string;
};

let views: readonly PdfView[] = [];
const listeners = new Set<() => void>();

const publish = (next: readonly PdfView[]): void => {
  views = next;
  for (const listener of listeners) listener();
};

/** Opens a PDF in the in-app viewer; the newest view is the one shown. */
export const showPdf = (bytes: Uint8Array, title: string): PdfView => {
  const blob = new Blob([bytes.slice().buffer], { type: 'application/pdf' });
  const view: PdfView = { id: crypto.randomUUID(), url: URL.createObjectURL(blob), title };
  publish([...views, view]);
  return view;
};

/** Closes one view and revokes its URL. Closing a view that is gone does nothing. */
export const closePdfView = (id: string): void => {
  const view = views.find((v) => v.id === id);
  if (!view) return;
  URL.revokeObjectURL(view.url);
  publish(views.filter((v) => v.id !== id));
};

/** Closes every view and revokes every URL: called on each lock. */
export const closeAllPdfViews = (): void => {
  if (views.length === 0) return;
  for (const view of views) URL.revokeObjectURL(view.url);
  publish([]);
};

/** For useSyncExternalStore. */
export const subscribePdfViews = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const currentPdfViews = (): readonly PdfView[] => views;
