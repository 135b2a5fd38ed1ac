import { useTranslation } from 'react-i18next';
import type { ParticipantRole } from '../../../../shared/api/room-api';
import { call } from '../../api/client';

/** In the top bar of a colleague in the room: who they are here, and a way out. */
export function RoomBadge({ name, role }: { name: string; role: ParticipantRole }) {
  const { t } = useTranslation('room');
  async function leave() {
    await call('room.leave', {}).catch(() => undefined);
    window.location.assign('/');
  }
  return (
    <span className="room-badge" data-testid="room-badge">
      {t('me', { name, role: t(`roleShort.${role}`) })}{' '}
      <button type="button" className="secondary" onClick={() => void leave()}>
        {t('leave')}
      </button>
    </span>
  );
}
