/**
 * The rest of the browser side: localStorage (readable by every script of the origin, kept across
 * reloads), the page's in-memory variables (gone on reload), and the Authorization header the last
 * request carried.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { shorten } from '../../lib/format.ts';
import type { ClientState } from '../../lib/run-store.ts';
import { KeyValueList, Panel } from './panel.tsx';

const TOKEN_KEYS = new Set(['access_token', 'refresh_token']);

export function LocalStoragePanel({ entries }: { entries: ClientState['localStorage'] }) {
  const { t } = useI18n();
  const keys = Object.keys(entries);
  const holdsTokens = keys.some((key) => TOKEN_KEYS.has(key));
  return (
    <Panel
      title="localStorage"
      icon="▤"
      tone={holdsTokens ? 'warning' : 'default'}
      testId="local-storage"
    >
      {keys.length === 0 ? (
        <p className="muted">{t('state.empty')}</p>
      ) : (
        <KeyValueList
          entries={keys.map((key) => [
            key,
            <code key={key}>{shorten(entries[key] ?? '', 32)}</code>,
          ])}
        />
      )}
      {holdsTokens ? (
        <p className="warning-text">
          <span aria-hidden="true">⚠</span> {t('state.localStorageReadable')}
        </p>
      ) : null}
    </Panel>
  );
}

export function MemoryPanel({ memory }: { memory: ClientState['memory'] }) {
  const { t } = useI18n();
  const names = Object.keys(memory);
  return (
    <Panel title={t('state.memory')} icon="◇" testId="memory">
      {names.length === 0 ? (
        <p className="muted">{t('state.nothingInMemory')}</p>
      ) : (
        <KeyValueList
          entries={names.map((name) => [
            name,
            <code key={name}>{shorten(memory[name] ?? '', 32)}</code>,
          ])}
        />
      )}
      <p className="muted small">{t('state.memoryNote')}</p>
    </Panel>
  );
}

export function AuthorizationPanel({ authorization }: { authorization: string | null }) {
  const { t } = useI18n();
  return (
    <Panel title={t('state.authorizationHeader')} icon="✉" testId="authorization">
      {authorization === null ? (
        <p className="muted">{t('state.noAuthorization')}</p>
      ) : (
        <code className="break">Authorization: {shorten(authorization, 40)}</code>
      )}
    </Panel>
  );
}
