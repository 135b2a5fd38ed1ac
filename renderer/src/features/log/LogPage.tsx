import { useTranslation } from 'react-i18next';
import { Placeholder } from '../../components/Placeholder';

export function LogPage() {
  const { t } = useTranslation();
  return <Placeholder title={t('nav.log')} />;
}
