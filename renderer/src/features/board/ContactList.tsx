import { useTranslation } from 'react-i18next';
import type { AudienceContact } from '../../../../shared/board/contacts';
import { useWallLimits, wallName } from './wall-density';

/**
 * Who to reach in an audience, from the protocol: names and channels only. Phone numbers live in
 * the log form on the operator's screen, never on the wall.
 */
export function ContactList({ contacts }: { contacts: readonly AudienceContact[] }) {
  const { t } = useTranslation('board');
  const wall = useWallLimits();
  const limit = wall.contacts;
  const onWall = limit !== null;
  const orgName = (name: string) => (onWall ? wallName(name) : name);
  // the wall names the first two channels (the protocol lists them in order of preference)
  const channelsText = (channels: readonly string[]) =>
    onWall && channels.length > 2 ? `${channels.slice(0, 2).join(', ')} …` : channels.join(', ');
  // on the wall a long list ends in "+3 meer": the names to call first, the rest on the laptop
  const shown = limit !== null && contacts.length > limit ? contacts.slice(0, limit) : contacts;
  if (contacts.length === 0) return <p className="contacts contacts--empty">{t('noContacts')}</p>;
  // The crisis team is reached through the same channels: say them once, not eight times.
  const withChannels = contacts.filter((c) => c.kind !== 'staff' && c.kind !== 'publicChannel');
  const shared =
    wall.channels &&
    shown.length > 0 &&
    withChannels.length > 1 &&
    withChannels.every((c) => c.channels.join() === withChannels[0]?.channels.join())
      ? (withChannels[0]?.channels ?? [])
      : null;
  return (
    <ul className="contacts" aria-label={t('reach')}>
      {shared && shared.length > 0 ? <li className="contacts__shared">{shared.join(', ')}:</li> : null}
      {shown.map((c) => (
        <li key={c.id} className="contact">
          {c.kind === 'staff' ? (
            <span className="contact__name">
              {c.responsible ? t('staffVia', { name: c.responsible.name }) : t('staff')}
            </span>
          ) : (
            <>
              <span className="contact__name">
                {orgName(c.name)}
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
              {/* on the wall the channel's name is enough; its address is in the log form */}
              {c.kind === 'publicChannel' && c.address && !onWall ? (
                <span className="contact__channels"> · {c.address}</span>
              ) : wall.channels && c.kind !== 'publicChannel' && !shared && c.channels.length > 0 ? (
                <span className="contact__channels"> · {channelsText(c.channels)}</span>
              ) : null}
            </>
          )}
        </li>
      ))}
      {shown.length < contacts.length ? (
        <li className="contacts__more">{t('contactsMore', { count: contacts.length - shown.length })}</li>
      ) : null}
    </ul>
  );
}
