import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../../shared/i18n/locale';
import { newId } from '../../../../../shared/protocol/ids';
import { CHANNEL_KIND_LABELS, PUBLIC_CHANNEL_KIND_LABELS } from '../../../../../shared/protocol/print-labels';
import {
  CHANNEL_KINDS,
  type Channel,
  type ChannelKind,
  PUBLIC_CHANNEL_KINDS,
  type PublicChannel,
  type PublicChannelKind,
} from '../../../../../shared/protocol/schema';
import { useEditor } from '../editor/editor-context';
import { domId } from '../editor/targets';
import { SelectField } from '../fields/ChoiceFields';
import { TextField } from '../fields/TextField';
import { ItemCard, SectionIntro } from './ItemCard';

/** The grid of Bijlage I: one row per stakeholder, one tick box per channel. */
function ChannelGrid() {
  const { t } = useTranslation('protocol');
  const { draft, update } = useEditor();
  const toggle = (stakeholderId: string, channelId: string, on: boolean) =>
    update((p) => {
      const current = p.channels.grid[stakeholderId] ?? [];
      const next = on ? [...current, channelId] : current.filter((c) => c !== channelId);
      // keep the grid in the order of the channel list, so the print reads the same every time
      p.channels.grid[stakeholderId] = p.channels.list.map((c) => c.id).filter((c) => next.includes(c));
    });
  return (
    <div className="pe-table-wrap">
      <table className="pe-grid-table">
        <caption className="pe-sr">{t('channels.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('channels.stakeholder')}</th>
            {draft.channels.list.map((c) => (
              <th key={c.id} scope="col">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {draft.stakeholders.map((s, row) => {
            const ticked = draft.channels.grid[s.id] ?? [];
            return (
              <tr key={s.id} className={ticked.length === 0 ? 'pe-row-missing' : undefined}>
                <th scope="row">
                  {s.organisation}
                  {ticked.length === 0 ? (
                    <span className="pe-missing"> — {t('channels.noneTicked')}</span>
                  ) : null}
                </th>
                {draft.channels.list.map((c, col) => {
                  // the first box of a row answers a readiness link to that stakeholder's channels
                  const id = col === 0 ? domId({ section: 'channels', itemId: s.id }) : `pc-${s.id}-${c.id}`;
                  return (
                    <td key={c.id} className="pe-tick">
                      <input
                        id={id}
                        type="checkbox"
                        data-row={row}
                        checked={ticked.includes(c.id)}
                        aria-label={t('channels.reach', { stakeholder: s.organisation, channel: c.name })}
                        onChange={(e) => toggle(s.id, c.id, e.target.checked)}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function OwnChannels() {
  const { t, i18n } = useTranslation('protocol');
  const { draft, update } = useEditor();
  const lang = localeOf(i18n.language);
  const edit = (id: string, change: (c: Channel) => void) =>
    update((p) => {
      const c = p.channels.list.find((x) => x.id === id);
      if (c) change(c);
    });
  return (
    <>
      <SectionIntro id="pe-own-channels" heading={t('channels.ownHeading')} intro={t('channels.ownIntro')} />
      <div className="pe-rows">
        {draft.channels.list.map((c) => (
          <div key={c.id} className="pe-row">
            <TextField
              target={{ section: 'channels', itemId: c.id, field: 'name' }}
              label={t('channels.channelName')}
              value={c.name}
              onChange={(v) =>
                edit(c.id, (x) => {
                  x.name = v;
                })
              }
            />
            <SelectField
              target={{ section: 'channels', itemId: c.id, field: 'kind' }}
              label={t('channels.kind')}
              value={c.kind}
              onChange={(v) =>
                edit(c.id, (x) => {
                  x.kind = v as ChannelKind;
                })
              }
            >
              {CHANNEL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CHANNEL_KIND_LABELS[lang][k]}
                </option>
              ))}
            </SelectField>
            <button
              type="button"
              className="secondary pe-small"
              aria-label={`${t('common.remove')}: ${c.name}`}
              onClick={() => {
                if (!window.confirm(t('common.removeConfirm', { name: c.name }))) return;
                update((p) => {
                  p.channels.list = p.channels.list.filter((x) => x.id !== c.id);
                  for (const key of Object.keys(p.channels.grid)) {
                    p.channels.grid[key] = (p.channels.grid[key] ?? []).filter((x) => x !== c.id);
                  }
                });
              }}
            >
              {t('common.remove')}
            </button>
          </div>
        ))}
      </div>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          update((p) => {
            p.channels.list.push({ id: newId('channel'), name: t('channels.newChannel'), kind: 'other' });
          })
        }
      >
        + {t('channels.addChannel')}
      </button>
    </>
  );
}

function PublicChannels() {
  const { t, i18n } = useTranslation('protocol');
  const { draft, update } = useEditor();
  const lang = localeOf(i18n.language);
  const edit = (id: string, change: (c: PublicChannel) => void) =>
    update((p) => {
      const c = p.channels.publicChannels.find((x) => x.id === id);
      if (c) change(c);
    });
  return (
    <>
      <SectionIntro id="pe-public" heading={t('channels.publicHeading')} intro={t('channels.publicIntro')} />
      {draft.channels.publicChannels.map((c) => {
        const target = (field: string) => ({ section: 'channels' as const, itemId: c.id, field });
        const audience = (a: 'customers' | 'public', on: boolean) =>
          edit(c.id, (x) => {
            const set = new Set(x.audiences);
            if (on) set.add(a);
            else set.delete(a);
            x.audiences = (['customers', 'public'] as const).filter((y) => set.has(y));
          });
        return (
          <ItemCard
            key={c.id}
            id={`card-${c.id}`}
            title={c.name}
            level={4}
            onRemove={() =>
              update((p) => {
                p.channels.publicChannels = p.channels.publicChannels.filter((x) => x.id !== c.id);
              })
            }
          >
            <div className="pe-grid">
              <TextField
                target={target('name')}
                label={t('channels.channelName')}
                value={c.name}
                onChange={(v) =>
                  edit(c.id, (x) => {
                    x.name = v;
                  })
                }
              />
              <SelectField
                target={target('kind')}
                label={t('channels.kind')}
                value={c.kind}
                onChange={(v) =>
                  edit(c.id, (x) => {
                    x.kind = v as PublicChannelKind;
                  })
                }
              >
                {PUBLIC_CHANNEL_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {PUBLIC_CHANNEL_KIND_LABELS[lang][k]}
                  </option>
                ))}
              </SelectField>
              <TextField
                target={target('address')}
                label={t('channels.address')}
                value={c.address}
                onChange={(v) =>
                  edit(c.id, (x) => {
                    x.address = v;
                  })
                }
              />
            </div>
            <fieldset className="field-group">
              <legend>{t('channels.audiences')}</legend>
              {(['customers', 'public'] as const).map((a) => (
                <label key={a} className="choice">
                  <input
                    type="checkbox"
                    checked={c.audiences.includes(a)}
                    onChange={(e) => audience(a, e.target.checked)}
                  />
                  <span>{t(`channels.${a}`)}</span>
                </label>
              ))}
            </fieldset>
          </ItemCard>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          update((p) => {
            p.channels.publicChannels.push({
              id: newId('public'),
              name: t('channels.newPublic'),
              kind: 'website',
              address: '',
              audiences: ['customers', 'public'],
            });
          })
        }
      >
        + {t('channels.addPublic')}
      </button>
    </>
  );
}

export function ChannelsSection() {
  const { t } = useTranslation('protocol');
  return (
    <section aria-labelledby="pe-channels">
      <SectionIntro id="pe-channels" heading={t('channels.heading')} intro={t('channels.intro')} />
      <ChannelGrid />
      <OwnChannels />
      <PublicChannels />
    </section>
  );
}
