import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../../../shared/api/room-api';
import { call } from '../../api/client';
import { Banner } from '../../components/Banner';
import { useSubmit } from '../../hooks/use-submit';
import './room.css';

/**
 * What a colleague sees on opening the room's address (issue 15): the code, their name and a
 * role. Joining sets the session cookie; then the page starts again as that participant, a
 * projector straight on the board.
 */
export function JoinScreen({ ended }: { ended: boolean }) {
  const { t } = useTranslation('room');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<ParticipantRole>('logger');
  const submit = useSubmit();
  // after a successful join the page reloads: the button stays disabled until it is gone
  const [leaving, setLeaving] = useState(false);
  const ids = { code: useId(), name: useId() };

  async function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (leaving) return;
    const joined = await submit.run(() => call('room.join', { code, name, role }));
    if (!joined) return;
    setLeaving(true);
    // a full start as the participant: the store, the event stream and the routes begin anew
    // (a reload, since going from / to /#/board alone would only change the hash)
    window.history.replaceState(null, '', joined.role === 'projector' ? '/board' : '/#/board');
    window.location.reload();
  }

  return (
    <main className="join" id="main">
      <h1>{t('join.title')}</h1>
      {ended ? (
        <Banner tone="warning" title={t('join.title')}>
          {t('join.ended')}
        </Banner>
      ) : null}
      <p className="lead">{t('join.intro')}</p>
      <form className="join__form" onSubmit={(e) => void join(e)}>
        <div className="field">
          <label htmlFor={ids.code}>{t('join.code')}</label>
          <input
            id={ids.code}
            className="join__code"
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              submit.clear();
            }}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            aria-describedby={`${ids.code}-hint`}
          />
          <small id={`${ids.code}-hint`} className="muted">
            {t('join.codeHint')}
          </small>
        </div>
        <div className="field">
          <label htmlFor={ids.name}>{t('join.name')}</label>
          <input
            id={ids.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="name"
            maxLength={100}
            required
            aria-describedby={`${ids.name}-hint`}
          />
          <small id={`${ids.name}-hint`} className="muted">
            {t('join.nameHint')}
          </small>
        </div>
        <fieldset className="field-group">
          <legend>{t('join.role')}</legend>
          {PARTICIPANT_ROLES.map((r) => (
            <label key={r} className="choice">
              <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
              {t(`roles.${r}`)}
            </label>
          ))}
        </fieldset>
        {submit.error ? (
          <p className="field-error" role="alert">
            {submit.error}
          </p>
        ) : null}
        <button type="submit" disabled={submit.busy || leaving}>
          {t('join.submit')}
        </button>
      </form>
    </main>
  );
}
