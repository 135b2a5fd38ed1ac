import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomStatus } from '../../../../shared/api/room-api';
import { formatAmsterdam } from '../../../../shared/log/time';
import { call } from '../../api/client';
import { Banner } from '../../components/Banner';
import { useRoomStatus } from './use-room-status';
import './room.css';
import { localeOf } from '../../../../shared/i18n/locale';

/**
 * The operator's crisis room panel (issue 15): open and close the room, the address with its QR
 * code, the join code and the certificate's fingerprint, and everyone present, each of whom can
 * be ended at once.
 */
export function RoomPage() {
  const { t, i18n } = useTranslation('room');
  const lang = localeOf(i18n.language);
  const { status, problem, run } = useRoomStatus();
  const [bind, setBind] = useState('');
  const [port, setPort] = useState('');

  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const addresses = bind.split(/[\s,]+/).filter(Boolean);
    void run(() =>
      call('room.open', {
        ...(addresses.length > 0 ? { bind: addresses } : {}),
        ...(port.trim() ? { port: Number(port) } : {}),
      }),
    );
  }

  return (
    <section aria-labelledby="page-title" className="room">
      <h1 id="page-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {problem ? (
        <Banner tone="danger" role="alert" title={t('title')}>
          {problem.text(lang)}
        </Banner>
      ) : null}
      {status && !status.available ? <p>{t('unavailable')}</p> : null}
      {status?.available && !status.open ? (
        <form className="inline-form" onSubmit={open}>
          <label className="field">
            <span>{t('addressLabel')}</span>
            <input value={bind} onChange={(e) => setBind(e.target.value)} inputMode="decimal" />
          </label>
          <label className="field">
            <span>{t('portLabel')}</span>
            <input value={port} onChange={(e) => setPort(e.target.value)} inputMode="numeric" size={6} />
          </label>
          <button type="submit">{t('open')}</button>
        </form>
      ) : null}
      {status?.open ? <OpenRoom status={status} run={run} /> : null}
    </section>
  );
}

function OpenRoom({
  status,
  run,
}: {
  status: RoomStatus;
  run: (action: () => Promise<RoomStatus>) => Promise<void>;
}) {
  const { t } = useTranslation('room');
  const time = (iso: string | null) => (iso ? formatAmsterdam(iso, 'HH:mm') : '');
  const expired = status.codeExpiresAt !== null && Date.parse(status.codeExpiresAt) <= Date.now();
  const url = status.urls[0] ?? '';
  return (
    <>
      <div className="room__join">
        <div className="room__facts">
          <h2>{t('address')}</h2>
          <ul className="plain-list room__urls" data-testid="room-urls">
            {status.urls.map((u) => (
              <li key={u}>
                <code>{u}</code>
              </li>
            ))}
          </ul>
          <h2>{t('code')}</h2>
          <p className="room__code" data-testid="room-code">
            {status.code}
          </p>
          <p className={expired ? 'field-warning' : 'muted'}>
            {expired
              ? t('codeExpired', { time: time(status.codeExpiresAt) })
              : t('codeValid', { time: time(status.codeExpiresAt) })}
          </p>
          <button type="button" onClick={() => void run(() => call('room.renewCode', {}))}>
            {t('renew')}
          </button>
        </div>
        {status.qrSvg ? (
          <img
            className="room__qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(status.qrSvg)}`}
            alt={t('qrAlt', { url })}
          />
        ) : null}
      </div>
      <h2>{t('fingerprint')}</h2>
      <p>
        <code className="room__fingerprint" data-testid="room-fingerprint">
          {status.fingerprint}
        </code>
      </p>
      <p className="muted">{t('fingerprintHelp')}</p>

      <h2>{t('present')}</h2>
      {status.participants.length === 0 ? (
        <p>{t('nobody')}</p>
      ) : (
        <table className="room__people">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('from')}</th>
              <th scope="col">{t('since')}</th>
              <th scope="col">{t('lastSeen')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('end')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {status.participants.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{t(`roleShort.${p.role}`)}</td>
                <td>
                  <code>{p.address}</code>
                </td>
                <td>{time(p.since)}</td>
                <td>{formatAmsterdam(p.lastSeen, 'HH:mm:ss')}</td>
                <td>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('endNamed', { name: p.name })}
                    onClick={() => void run(() => call('room.endSession', { id: p.id }))}
                  >
                    {t('end')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t('idle', { time: time(status.idleClosesAt) })}</p>
      <p className="muted">{t('journalNote')}</p>
      <button type="button" className="secondary" onClick={() => void run(() => call('room.close', {}))}>
        {t('close')}
      </button>
    </>
  );
}
