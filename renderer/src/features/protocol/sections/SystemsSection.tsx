import { useTranslation } from 'react-i18next';
import { newId } from '../../../../../shared/protocol/ids';
import type { CriticalSystem, Protocol } from '../../../../../shared/protocol/schema';
import { useEditor } from '../editor/editor-context';
import { domId } from '../editor/targets';
import { PairPickers } from '../fields/PairPickers';
import { PersonPicker } from '../fields/PersonPicker';
import { TextField } from '../fields/TextField';
import { DependencyEditor } from './DependencyEditor';
import { ItemCard, SectionIntro } from './ItemCard';

/** Removing a system also removes the dependencies others had on it, so nothing points at nothing. */
function removeSystem(p: Protocol, id: string): void {
  p.systems = p.systems.filter((s) => s.id !== id);
  for (const s of p.systems) {
    s.dependencies = s.dependencies.filter((d) => !(d.on.kind === 'system' && d.on.systemId === id));
  }
}

export function SystemsSection() {
  const { t } = useTranslation('protocol');
  const { draft, update } = useEditor();
  const edit = (id: string, change: (s: CriticalSystem) => void) =>
    update((p) => {
      const s = p.systems.find((x) => x.id === id);
      if (s) change(s);
    });
  return (
    <section aria-labelledby="pe-systems">
      <SectionIntro id="pe-systems" heading={t('systems.heading')} intro={t('systems.intro')} />
      {draft.systems.map((s) => (
        <ItemCard
          key={s.id}
          id={`card-${s.id}`}
          title={s.name}
          onRemove={() => update((p) => removeSystem(p, s.id))}
        >
          <div className="pe-grid">
            <TextField
              target={{ section: 'systems', itemId: s.id, field: 'name' }}
              label={t('fields.name')}
              value={s.name}
              wide
              onChange={(v) =>
                edit(s.id, (x) => {
                  x.name = v;
                })
              }
            />
            <TextField
              target={{ section: 'systems', itemId: s.id, field: 'description' }}
              label={t('fields.description')}
              value={s.description}
              multiline
              wide
              onChange={(v) =>
                edit(s.id, (x) => {
                  x.description = v;
                })
              }
            />
          </div>
          <PairPickers
            section="systems"
            item={s}
            onChange={(f, id) =>
              edit(s.id, (x) => {
                x[f] = id;
              })
            }
          />
          <DependencyEditor system={s} />
        </ItemCard>
      ))}
      <button
        type="button"
        id={domId({ section: 'systems' })}
        onClick={() =>
          update((p) => {
            p.systems.push({
              id: newId('system'),
              name: t('systems.newName'),
              description: '',
              responsibleId: null,
              deputyId: null,
              dependencies: [],
            });
          })
        }
      >
        + {t('systems.add')}
      </button>

      <h2 id="pe-bcp">{t('systems.bcpHeading')}</h2>
      <div className="pe-grid">
        <TextField
          target={{ section: 'bcp', field: 'documentName' }}
          label={t('systems.bcpDocument')}
          value={draft.bcp.documentName}
          onChange={(v) =>
            update((p) => {
              p.bcp.documentName = v;
            })
          }
        />
        <TextField
          target={{ section: 'bcp', field: 'location' }}
          label={t('systems.bcpLocation')}
          value={draft.bcp.location}
          wide
          onChange={(v) =>
            update((p) => {
              p.bcp.location = v;
            })
          }
        />
      </div>
      <PersonPicker
        target={{ section: 'bcp', field: 'ownerId' }}
        label={t('systems.bcpOwner')}
        value={draft.bcp.ownerId}
        onChange={(id) =>
          update((p) => {
            p.bcp.ownerId = id;
          })
        }
      />
    </section>
  );
}
