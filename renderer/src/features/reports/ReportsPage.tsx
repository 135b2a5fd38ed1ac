import { useTranslation } from 'react-i18next';
import { Placeholder } from '../../components/Placeholder';

export function ReportsPage() {
  const { t } = useTranslation();
  return <Placeholder title={t('nav.reports')} />;
}
