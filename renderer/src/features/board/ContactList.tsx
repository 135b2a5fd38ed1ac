import { useTranslation } from 'react-i18next';
import type { AudienceContact } from '../../../../shared/board/contacts';

/**
 * Who to reach in an audience, from the protocol: names and channels only. Phone numbers live in
 * the log form on the operator's screen, never on the wall.
 */
export function ContactList({ contacts }: { contacts: readonly AudienceContact[] }) {
  const { t } = useTranslation('board');
  if (contacts.length === 0) return <p className="contacts contacts--empty">{t('noContacts')}</p>;
  // The crisis team is reached through the same channels: say them once, not eight times.
  const withChannels = contacts.filter((c) => c.kind !== 'staff' && c.kind !== 'publicChannel');
  const shared =
    withChannels.length > 1 &&
    withChannels.every((c) => c.channels.join() === withChannels[0]?.channels.join())
      ? (withChannels[0]?.channels ?? [])
      : null;
  return (
    <ul className="contacts" aria-label={t('reach')}>
      {shared && shared.length > 0 ? <li className="contacts__shared">{shared.join(', ')}:</li> : null}
      {contacts.map((c) => (
        <li key={c.id} className="contact">
          {c.kind === 'staff' ? (
            <span className="contact__name">
              {c.responsible ? t('staffVia', { name: c.responsible.name }) : t('staff')}
            </span>
          ) : (
            <>
              <span className="contact__name">
                {c.name}
                {c.kind !== 'publicChannel' && c.responsible ? ':' : ''}
              </span>
              {c.kind !== 'publicChannel' && c.responsible ? (
                <span className="contact__person">
                  {' '}
                  {c.responsible.name}
                  {c.deputy ? (
                    <span className="contact__deputy">
                      {' '}
                      ({t('deputy')} {c.deputy.name})
                    </span>
                  ) : null}
                </span>
              ) : null}
              {c.kind === 'publicChannel' && c.address ? (
                <span className="contact__channels"> · {c.address}</span>
              ) : !shared && c.channels.length > 0 ? (
                <span className="contact__channels"> · {c.channels.join(', ')}</span>
              ) : null}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
