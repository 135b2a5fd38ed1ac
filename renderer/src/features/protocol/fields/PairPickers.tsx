import { useTranslation } from 'react-i18next';
import type { ReadinessSection } from '../../../../../shared/protocol/readiness';
import { PersonPicker } from './PersonPicker';

interface Pair {
  id: string;
  responsibleId: string | null;
  deputyId: string | null;
}

/** Responsible and deputy side by side, as every table of Bijlage I has them. */
export function PairPickers({
  section,
  item,
  onChange,
}: {
  section: ReadinessSection;
  item: Pair;
  onChange(field: 'responsibleId' | 'deputyId', id: string | null): void;
}) {
  const { t } = useTranslation('protocol');
  const same = item.responsibleId !== null && item.responsibleId === item.deputyId;
  return (
    <div className="pe-pair">
      <PersonPicker
        target={{ section, itemId: item.id, field: 'responsibleId' }}
        label={t('person.responsible')}
        value={item.responsibleId}
        onChange={(id) => onChange('responsibleId', id)}
      />
      <PersonPicker
        target={{ section, itemId: item.id, field: 'deputyId' }}
        label={t('person.deputy')}
        value={item.deputyId}
        onChange={(id) => onChange('deputyId', id)}
      />
      {same ? <p className="field-warning pe-pair__note">⚠ {t('person.samePerson')}</p> : null}
    </div>
  );
}
