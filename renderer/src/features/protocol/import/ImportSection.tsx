import { useTranslation } from 'react-i18next';
import type { ProtocolState } from '../../../../../shared/api/protocol-api';
import { ContactsImport } from './ContactsImport';
import './import.css';
import { WordImport } from './WordImport';

/** The editor's import tab (issue 14): the Word protocol and the address book, each with a preview. */
export function ImportSection({
  dirty,
  readOnly,
  onImported,
}: {
  dirty: boolean;
  readOnly: boolean;
  onImported(state: ProtocolState): void;
}) {
  const { t } = useTranslation('protocol');
  const disabled = readOnly || dirty;
  return (
    <section aria-labelledby="pe-import">
      <h2 id="pe-import">{t('import.heading')}</h2>
      <p className="pe-intro">{t('import.intro')}</p>
      {dirty ? <p className="banner banner--warning">{t('import.saveFirst')}</p> : null}
      <WordImport disabled={disabled} onImported={onImported} />
      <ContactsImport disabled={disabled} onImported={onImported} />
    </section>
  );
}
