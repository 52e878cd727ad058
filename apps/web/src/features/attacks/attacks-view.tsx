/**
 * The Attacks area (#attacks): every attack against both columns, from a real second site (the
 * attacker site, apps/attacker-site). Each panel shows the servers' side (their lab journals: the
 * steps each request reported), the attacker's side (the collector's loot), what stopped the
 * attack or what would, and the VULNERABLE lab-mode switches that open the door.
 *
 * Flows (@authlab/flows): attack.csrf and the others of the attack section.
 * Reference: docs/attacks.md.
 */
import { Suspense } from 'react';
import './attacks.css';
import { useI18n } from '../../i18n/i18n.tsx';
import { ATTACK_PANELS } from './attack-panels.ts';
import { findAttackerOrigin } from './attacks-client.ts';
import { useAttacksText } from './use-attacks-text.ts';

export default function AttacksView({ onExit }: { onExit: () => void }) {
  const text = useAttacksText();
  const { localize, t } = useI18n();
  return (
    <section className="attacks" data-view="attacks" aria-label={text('title')}>
      <div className="attacks__header">
        <h2>{text('title')}</h2>
        <button type="button" className="button" onClick={onExit}>
          {text('back')}
        </button>
      </div>
      <p>{text('intro', { attacker: findAttackerOrigin() })}</p>
      {ATTACK_PANELS.map(({ id, title, Panel }) => (
        <section key={id} className="attack" data-attack={id} aria-labelledby={`attack-${id}`}>
          <h3 id={`attack-${id}`}>{localize(title)}</h3>
          <Suspense fallback={<p>{t('common.loading')}</p>}>
            <Panel />
          </Suspense>
        </section>
      ))}
    </section>
  );
}
