// The app's own "choose a file" button (issue 14, defect 11): Chromium's native file input shows
// "Choose File" / "No file chosen" in the browser's language (English on most machines) whatever
// the app's language. The native input stays as the labelled control (the label "Fails" still
// names it), hidden; the visible button opens it and the line beside it names the chosen file.
import { Button, Caption1, Label, makeStyles, tokens, useId } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

type Props = {
  readonly label: string;
  readonly hint?: string;
  /** The input's `accept` list (extensions and MIME types). */
  readonly accept: string;
  /** Called with the chosen file, or undefined when the choice was cleared. */
  readonly onFile: (file: File | undefined) => void;
};

/** A labelled file chooser whose button and "no file chosen" line speak the app's language. */
export const FilePicker = ({ label, hint, accept, onFile }: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const id = useId('file');
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const described = hint ? `${id}-chosen ${id}-hint` : `${id}-chosen`;
  return (
    <div className={styles.root}>
      <Label htmlFor={id}>{label}</Label>
      <input
        ref={input}
        id={id}
        type="file"
        hidden
        tabIndex={-1}
        accept={accept}
        onChange={(e) => {
          const file = e.target.files?.[0];
          setName(file?.name ?? '');
          onFile(file);
        }}
      />
      <div className={styles.row}>
        <Button
          icon={<FolderOpen20Regular />}
          aria-describedby={described}
          onClick={() => input.current?.click()}
        >
          {t('filePicker.choose')}
        </Button>
        <Caption1 id={`${id}-chosen`}>{name === '' ? t('filePicker.none') : name}</Caption1>
      </div>
      {hint ? <Caption1 id={`${id}-hint`}>{hint}</Caption1> : null}
    </div>
  );
};
