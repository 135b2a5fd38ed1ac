import { useTranslation } from 'react-i18next';
import { Placeholder } from '../../components/Placeholder';

export function ProtocolPage() {
  const { t } = useTranslation();
  return <Placeholder title={t('nav.protocol')} />;
}
