/** What the attacker site's collector holds (GET /loot on the attacker site): the attacker's view. */
import { findAttackerOrigin, type LootEntry } from './attacks-client.ts';
import { useAttacksText } from './use-attacks-text.ts';

export function LootView({ loot }: { loot: readonly LootEntry[] | 'unreachable' }) {
  const text = useAttacksText();
  if (loot === 'unreachable')
    return <p className="small">{text('loot.unreachable', { attacker: findAttackerOrigin() })}</p>;
  if (loot.length === 0) return <p className="small muted">{text('loot.empty')}</p>;
  return (
    <ol className="journal" data-loot>
      {loot.map((entry) => (
        <li key={`${entry.at}-${entry.kind}`} data-loot-kind={entry.kind}>
          <code>{entry.kind}</code> <span className="small muted">{entry.at}</span>
          <pre className="small">{JSON.stringify(entry.data, null, 2)}</pre>
        </li>
      ))}
    </ol>
  );
}
