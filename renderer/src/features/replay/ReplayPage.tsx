import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmsterdam } from '../../../../shared/log/time';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';
import { FixedNow } from '../../hooks/use-now';
import { BoardScreen } from '../board/BoardScreen';
import { RecentLog } from '../board/RecentLog';
import { useBoardView } from '../board/use-board-view';
import { useProjectReplay } from './use-projected-replay';
import { usePlayback, useReplay } from './use-replay';
import '../board/board.css';
import './replay.css';

const SPEEDS = [1, 10, 60] as const;

/**
 * #/replay: any incident played back for the evaluation meeting. A slider over the log's time, a
 * step per log line, play at 1×–60×; the board below is the real board, fed with the log as it had
 * been recorded by that moment (never a later correction or a line logged afterwards).
 */
export function ReplayPage() {
  const { t } = useTranslation();
  const { t: r, i18n } = useTranslation('replay');
  const loadList = useCallback(() => call('incident.list', {}), []);
  const { data: list } = useLiveCall(loadList, ['incidents.changed', 'workspace.changed']);
  const [incidentId, setIncidentId] = useState<string | null>(null);
  const [at, setAt] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(10);
  const [onWall, setOnWall] = useState(false);
  const { data, error } = useReplay(incidentId, at);
  const wallError = useProjectReplay(onWall, incidentId, data?.at ?? null);
  const moment = data ? new Date(data.at) : new Date();
  const view = useBoardView(data?.board ?? null, moment);
  const from = data ? Date.parse(data.from) : null;
  const to = data ? Date.parse(data.to) : null;
  const stop = useCallback(() => setPlaying(false), []);
  usePlayback(playing, speed, to, setAt, stop);

  useEffect(() => {
    if (!list || incidentId) return;
    setIncidentId(list.activeIncidentId ?? list.incidents[0]?.id ?? null);
  }, [list, incidentId]);

  const marks = data?.marks.map((m) => Date.parse(m)) ?? [];
  const current = at ?? to ?? 0;
  const step = (direction: 1 | -1) => {
    const target =
      direction === 1 ? marks.find((m) => m > current) : [...marks].reverse().find((m) => m < current);
    if (target !== undefined) setAt(target);
  };

  return (
    <section aria-labelledby="page-title" className="replay-page">
      <h1 id="page-title">{t('nav.replay')}</h1>
      <p className="lead">{r('intro')}</p>
      {list && list.incidents.length === 0 ? <p>{r('none')}</p> : null}
      {list && list.incidents.length > 0 ? (
        <label className="field replay-page__incident">
          <span>{r('incident')}</span>
          <select
            value={incidentId ?? ''}
            onChange={(e) => {
              setIncidentId(e.target.value);
              setAt(null);
              setPlaying(false);
            }}
          >
            {list.incidents.map((i) => (
              <option key={i.id} value={i.id}>
                {formatAmsterdam(i.detectedAt, 'dd-MM-yyyy')} · {i.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error.text(i18n.language)}
        </p>
      ) : null}
      {data && from !== null && to !== null ? (
        <div className="replay-controls">
          <p className="replay-band" data-testid="replay-moment">
            {r('band', { time: formatAmsterdam(data.at, 'dd-MM-yyyy HH:mm:ss') })}
          </p>
          <input
            type="range"
            className="replay-slider"
            aria-label={r('moment')}
            aria-valuetext={formatAmsterdam(data.at, 'dd-MM-yyyy HH:mm:ss')}
            min={from}
            // whole steps from the start: rounded up, so the slider's end reaches the last line (the back end clamps)
            max={from + Math.ceil((to - from) / 1000) * 1000}
            step={1000}
            value={current}
            onChange={(e) => setAt(Number(e.target.value))}
          />
          <div className="replay-buttons">
            <button type="button" className="secondary" onClick={() => setAt(from)}>
              {r('toStart')}
            </button>
            <button type="button" className="secondary" onClick={() => step(-1)}>
              {r('previous')}
            </button>
            <button
              type="button"
              onClick={() => {
                if (!playing && current >= to) setAt(from);
                setPlaying(!playing);
              }}
            >
              {playing ? r('pause') : r('play')}
            </button>
            <button type="button" className="secondary" onClick={() => step(1)}>
              {r('next')}
            </button>
            <button type="button" className="secondary" onClick={() => setAt(to)}>
              {r('toEnd')}
            </button>
            <label className="field replay-speed">
              <span>{r('speed')}</span>
              <select value={String(speed)} onChange={(e) => setSpeed(Number(e.target.value))}>
                {SPEEDS.map((s) => (
                  <option key={s} value={String(s)}>
                    {s}×
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="replay-project">
            <button type="button" aria-pressed={onWall} onClick={() => setOnWall(!onWall)}>
              {r('project')}
            </button>
            <p className="hint" data-testid="replay-on-wall">
              {onWall ? <strong>{r('projectOn')}. </strong> : null}
              {r('projectHint')}
            </p>
            {wallError ? (
              <p className="field-error" role="alert">
                {r('projectFailed', { reason: wallError.text(i18n.language) })}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      {data?.board.incident && view ? (
        <div className="replay-board">
          <FixedNow.Provider value={moment}>
            <BoardScreen
              state={data.board}
              incident={data.board.incident}
              view={view}
              handlers={null}
              footer={<RecentLog entries={data.lines} organisations={view.verdicts.organisations} />}
            />
          </FixedNow.Provider>
        </div>
      ) : null}
    </section>
  );
}
