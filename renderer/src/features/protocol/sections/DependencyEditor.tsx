import { useTranslation } from 'react-i18next';
import { newId } from '../../../../../shared/protocol/ids';
import type { CriticalSystem, Dependency, NotifyWithin } from '../../../../../shared/protocol/schema';
import { useEditor } from '../editor/editor-context';
import { domId } from '../editor/targets';
import { SelectField } from '../fields/ChoiceFields';
import { TextField } from '../fields/TextField';

const encode = (d: Dependency['on']) =>
  d.kind === 'system' ? `system:${d.systemId}` : `stakeholder:${d.stakeholderId}`;

function decode(value: string): Dependency['on'] | null {
  const [kind, id] = value.split(':');
  if (!id) return null;
  return kind === 'system' ? { kind: 'system', systemId: id } : { kind: 'stakeholder', stakeholderId: id };
}

/** What a system leans on, what breaks when that fails, and how soon the chain must hear. */
export function DependencyEditor({ system }: { system: CriticalSystem }) {
  const { t } = useTranslation('protocol');
  const { draft, update } = useEditor();
  const others = draft.systems.filter((s) => s.id !== system.id);
  const firstTarget: Dependency['on'] | null = others[0]
    ? { kind: 'system', systemId: others[0].id }
    : draft.stakeholders[0]
      ? { kind: 'stakeholder', stakeholderId: draft.stakeholders[0].id }
      : null;
  const edit = (depId: string, change: (d: Dependency) => void) =>
    update((p) => {
      const d = p.systems.find((s) => s.id === system.id)?.dependencies.find((x) => x.id === depId);
      if (d) change(d);
    });
  const target = (d: Dependency, f: string) => ({
    section: 'systems' as const,
    itemId: system.id,
    field: `dep_${d.id}_${f}`,
  });
  const withinTarget = (d: Dependency) => target(d, 'notifyWithin');
  return (
    <fieldset className="pe-deps">
      <legend>{t('systems.dependencies')}</legend>
      {system.dependencies.length === 0 ? <p className="muted">{t('systems.noDependencies')}</p> : null}
      {system.dependencies.map((d, i) => (
        <div key={d.id} className="pe-dep">
          <SelectField
            target={target(d, 'on')}
            label={`${t('systems.dependsOn')} (${i + 1})`}
            value={encode(d.on)}
            onChange={(v) => {
              const on = decode(v);
              if (on)
                edit(d.id, (x) => {
                  x.on = on;
                });
            }}
          >
            <optgroup label={t('systems.dependsOnSystem')}>
              {others.map((s) => (
                <option key={s.id} value={`system:${s.id}`}>
                  {s.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('systems.dependsOnStakeholder')}>
              {draft.stakeholders.map((s) => (
                <option key={s.id} value={`stakeholder:${s.id}`}>
                  {s.organisation}
                </option>
              ))}
            </optgroup>
          </SelectField>
          <TextField
            target={target(d, 'impact')}
            label={t('systems.impact')}
            value={d.impact}
            multiline
            onChange={(v) =>
              edit(d.id, (x) => {
                x.impact = v;
              })
            }
          />
          <fieldset className="pe-within">
            <legend>{t('systems.notifyWithin')}</legend>
            <label className="field pe-field" htmlFor={domId(withinTarget(d))}>
              <span>{t('systems.notifyAmount')}</span>
              <input
                id={domId(withinTarget(d))}
                type="number"
                min={1}
                max={10000}
                value={d.notifyWithin?.amount ?? ''}
                onChange={(e) => {
                  const amount = e.target.value === '' ? null : Math.round(Number(e.target.value));
                  edit(d.id, (x) => {
                    x.notifyWithin =
                      amount === null || Number.isNaN(amount)
                        ? null
                        : { amount, unit: x.notifyWithin?.unit ?? 'hours' };
                  });
                }}
              />
            </label>
            <label className="field pe-field" htmlFor={`${domId(withinTarget(d))}-unit`}>
              <span>{t('systems.notifyUnit')}</span>
              <select
                id={`${domId(withinTarget(d))}-unit`}
                value={d.notifyWithin?.unit ?? 'hours'}
                disabled={d.notifyWithin === null}
                onChange={(e) =>
                  edit(d.id, (x) => {
                    if (x.notifyWithin) x.notifyWithin.unit = e.target.value as NotifyWithin['unit'];
                  })
                }
              >
                {(['minutes', 'hours', 'days'] as const).map((u) => (
                  <option key={u} value={u}>
                    {t(`systems.units.${u}`)}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
          <button
            type="button"
            className="secondary pe-small"
            onClick={() =>
              update((p) => {
                const s = p.systems.find((x) => x.id === system.id);
                if (s) s.dependencies = s.dependencies.filter((x) => x.id !== d.id);
              })
            }
          >
            {t('common.remove')}
          </button>
        </div>
      ))}
      {firstTarget ? (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            update((p) => {
              p.systems
                .find((s) => s.id === system.id)
                ?.dependencies.push({ id: newId('dep'), on: firstTarget, impact: '', notifyWithin: null });
            })
          }
        >
          + {t('systems.addDependency')}
        </button>
      ) : null}
    </fieldset>
  );
}
