import { useTranslation } from 'react-i18next';
import { type ChosenFile, fileToBase64 } from './file-bytes';

/**
 * The file field of an import (Word protocol, contacts): picks one file, hands its bytes on as
 * base64 and clears the field, so choosing the same file again reads it again; says it is reading
 * while the back end works.
 */
export function ImportFilePicker(props: {
  id: string;
  label: string;
  accept: string;
  disabled: boolean;
  busy: boolean;
  onFile: (file: ChosenFile) => Promise<void>;
}) {
  const { t } = useTranslation('protocol');
  return (
    <>
      <label className="pe-file" htmlFor={props.id}>
        <span>{props.label}</span>
        <input
          id={props.id}
          type="file"
          accept={props.accept}
          disabled={props.disabled || props.busy}
          onChange={async (e) => {
            const chosen = e.target.files?.[0];
            e.target.value = '';
            if (!chosen) return;
            await props.onFile({ name: chosen.name, base64: await fileToBase64(chosen) });
          }}
        />
      </label>
      {props.busy ? <p role="status">{t('import.reading')}</p> : null}
    </>
  );
}
