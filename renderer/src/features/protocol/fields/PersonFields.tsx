import { useTranslation } from 'react-i18next';
import { normaliseEmail } from '../../../../../shared/protocol/phone';
import type { Person } from '../../../../../shared/protocol/schema';
import { useEditor } from '../editor/editor-context';
import { PhoneField } from './PhoneField';
import { TextField } from './TextField';

type TextKey = 'name' | 'role' | 'department' | 'organisation' | 'email' | 'notes';
type PhoneKey = 'mobilePhone' | 'workPhone' | 'privatePhone';

/**
 * The fields of one person in the registry. Used on the People tab and inline under a picker;
 * both edit the same entry, which is what makes a changed number change everywhere.
 */
export function PersonFields({ person, idSuffix = '' }: { person: Person; idSuffix?: string }) {
  const { t } = useTranslation('protocol');
  const { update } = useEditor();
  const set = (key: TextKey | PhoneKey, value: string) =>
    update((p) => {
      const target = p.people.find((x) => x.id === person.id);
      if (target) target[key] = value;
    });
  const target = (field: string) => ({ section: 'people' as const, itemId: person.id, field });
  const text = (key: TextKey, extra: { multiline?: boolean; wide?: boolean } = {}) => (
    <TextField
      target={target(key)}
      label={t(`fields.${key}`)}
      value={person[key] ?? ''}
      onChange={(v) => set(key, v)}
      idSuffix={idSuffix}
      {...extra}
    />
  );
  const phone = (key: PhoneKey) => (
    <PhoneField
      target={target(key)}
      label={t(`fields.${key}`)}
      value={person[key] ?? ''}
      onChange={(v) => set(key, v)}
      idSuffix={idSuffix}
      // A work landline beside a mobile number is normal; only a landline in the mobile slot, or
      // landlines without any mobile number, leave the crisis room without a number that works.
      warnLandline={key === 'mobilePhone' || !person.mobilePhone}
    />
  );
  return (
    <div className="pe-grid">
      {text('name')}
      {text('role')}
      {text('department')}
      {text('organisation')}
      {phone('mobilePhone')}
      {phone('workPhone')}
      {phone('privatePhone')}
      <TextField
        target={target('email')}
        label={t('fields.email')}
        type="email"
        value={person.email}
        onChange={(v) => set('email', v)}
        idSuffix={idSuffix}
        normaliseOnBlur={(v) => {
          const r = normaliseEmail(v);
          return r.ok ? r.email : v.trim();
        }}
      />
      {text('notes', { multiline: true, wide: true })}
    </div>
  );
}
