import { useTranslation } from 'react-i18next';
import { Placeholder } from '../../components/Placeholder';

export function IncidentsPage() {
  const { t } = useTranslation();
  return <Placeholder title={t('nav.incidents')} />;
}
