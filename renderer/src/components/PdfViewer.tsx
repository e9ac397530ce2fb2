// The in-app PDF viewer of the browser host (issue 14, defect 3): the PDF sits in a frame inside
// the app's own page, so locking the app takes it off the screen, which a separate tab would not.
// The frame shows Chromium's own PDF viewer; "Drukāt" opens the print dialog for it.
import {
  Button,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss20Regular, Print20Regular } from '@fluentui/react-icons';
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import {
  closeAllPdfViews,
  closePdfView,
  currentPdfViews,
  subscribePdfViews,
  type PdfView,
} from '../platform';

const useStyles = makeStyles({
  surface: {
    width: 'min(1100px, 94vw)',
    maxWidth: 'min(1100px, 94vw)',
    height: '92vh',
    maxHeight: '92vh',
    display: 'flex',
    flexDirection: 'column',
  },
  body: { flexGrow: 1, display: 'flex', flexDirection: 'column', minHeight: 0 },
  content: { flexGrow: 1, display: 'flex', minHeight: 0, padding: 0 },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS },
  frame: {
    flexGrow: 1,
    width: '100%',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/**
 * Puts the focus back where it was when the viewer opened (the button that printed). Fluent
 * restores focus only to a DialogTrigger; without this, a dialog underneath (the withdrawal
 * dialog that printed its form) stayed hidden from the keyboard and screen readers.
 */
const useReturnFocus = (open: boolean): void => {
  const opener = useRef<Element | null>(null);
  // A layout effect runs before Fluent's own effect moves the focus into the dialog.
  useLayoutEffect(() => {
    if (!open) return undefined;
    opener.current = document.activeElement;
    return () => {
      const target = opener.current;
      window.setTimeout(() => {
        if (target instanceof HTMLElement && target.isConnected) target.focus();
      }, 0);
    };
  }, [open]);
};

// Kept mounted and driven by `open`: Fluent then runs its own closing path, which hands the
// focus trap back to a dialog underneath (a withdrawal dialog that printed its form). The frame
// goes with the view at once; only the empty surface animates out.
const ViewerDialog = ({ view }: { readonly view: PdfView | undefined }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const frame = useRef<HTMLIFrameElement>(null);
  useReturnFocus(view !== undefined);
  const close = (): void => {
    if (view) closePdfView(view.id);
  };
  const print = (): void => {
    try {
      frame.current?.contentWindow?.print();
    } catch {
      // The viewer's own print button (top right of the frame) prints as well.
    }
  };
  return (
    <Dialog
      open={view !== undefined}
      modalType="modal"
      onOpenChange={(_e, d) => {
        if (!d.open) close();
      }}
    >
      <DialogSurface className={styles.surface} aria-label={view?.title ?? ''}>
        <DialogBody className={styles.body}>
          {/* The buttons come before the frame, so the focus starts on "Drukāt", not in the PDF:
              keys pressed inside Chromium's PDF viewer never reach the page (Ctrl+L would not lock). */}
          <DialogTitle
            action={
              <div className={styles.toolbar}>
                <Button appearance="primary" icon={<Print20Regular />} onClick={print}>
                  {t('pdfViewer.print')}
                </Button>
                <Button icon={<Dismiss20Regular />} onClick={close}>
                  {t('pdfViewer.close')}
                </Button>
              </div>
            }
          >
            {view?.title ?? ''}
          </DialogTitle>
          <DialogContent className={styles.content}>
            {view && (
              <iframe
                key={view.id}
                ref={frame}
                className={styles.frame}
                src={view.url}
                title={t('pdfViewer.frameTitle', { title: view.title })}
                data-testid="pdf-viewer-frame"
              />
            )}
          </DialogContent>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};

/** The newest PDF the app opened, over the current screen; nothing when none is open. */
export const PdfViewer = () => {
  const views = useSyncExternalStore(subscribePdfViews, currentPdfViews, currentPdfViews);
  // Every lock closes the views through the host (closeDocuments, app/use-close-documents-on-
  // lock.ts), as it closes Electron's print previews; leaving the page closes them too.
  useEffect(() => closeAllPdfViews, []);
  return <ViewerDialog view={views.at(-1)} />;
};
