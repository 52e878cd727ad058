/**
 * The vulnerable lab modes of one attack, as switches, for both APIs: each reads and writes the
 * server's own state (GET /lab/modes, PUT /lab/modes/:id), so what the switch shows is what the
 * server does. Every switch is labelled VULNERABLE and says what it changes.
 */
import { SIDES, type Side } from '@authlab/flows/api-types';
import type { LabModeState } from '@authlab/flows/lab-modes';
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { readLabModes, setLabMode } from './attacks-client.ts';
import { useAttacksText } from './use-attacks-text.ts';

type ModesBySide = Record<Side, readonly LabModeState[] | 'unreachable'>;

export function LabModeSwitches({ attack }: { attack: string }) {
  const text = useAttacksText();
  const { localize } = useI18n();
  const [modes, setModes] = useState<ModesBySide>({ session: [], jwt: [] });

  const load = useCallback(async (side: Side) => {
    try {
      const listed = await readLabModes(side);
      setModes((current) => ({ ...current, [side]: listed }));
    } catch {
      setModes((current) => ({ ...current, [side]: 'unreachable' }));
    }
  }, []);

  useEffect(() => {
    for (const side of SIDES) void load(side);
  }, [load]);

  const toggle = async (mode: LabModeState) => {
    const listed = await setLabMode(mode.api, mode.id, !mode.on);
    setModes((current) => ({ ...current, [mode.api]: listed }));
  };

  return (
    <fieldset className="lab-modes" data-lab-modes={attack}>
      <legend>{text('modes.title')}</legend>
      {SIDES.map((side) => {
        const listed = modes[side];
        if (listed === 'unreachable') {
          return (
            <p key={side} className="small muted">
              {text('modes.unreachable', { side })}
            </p>
          );
        }
        return listed
          .filter((mode) => mode.attack === attack)
          .map((mode) => (
            <label key={mode.id} className="lab-modes__switch">
              <input
                type="checkbox"
                checked={mode.on}
                data-lab-mode={mode.id}
                onChange={() => void toggle(mode)}
              />{' '}
              <span className="badge badge--warning">{text('modes.vulnerable')}</span>{' '}
              <strong>{localize(mode.label)}</strong> <code>{mode.id}</code>
              <span className="small muted"> — {localize(mode.effect)}</span>
            </label>
          ));
      })}
    </fieldset>
  );
}
