/** One "where state lives" card: a titled region with an icon, so each place is a landmark-like group. */
import { type ReactNode, useId } from 'react';

interface PanelProps {
  readonly title: string;
  readonly icon: string;
  readonly children: ReactNode;
  readonly tone?: 'default' | 'warning';
  readonly testId?: string;
}

export function Panel({ title, icon, children, tone = 'default', testId }: PanelProps) {
  const titleId = useId();
  return (
    <section className={`panel panel--${tone}`} aria-labelledby={titleId} data-panel={testId}>
      <h4 id={titleId} className="panel__title">
        <span aria-hidden="true">{icon}</span> {title}
      </h4>
      <div className="panel__body">{children}</div>
    </section>
  );
}

export function KeyValueList({ entries }: { entries: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="kv">
      {entries.map(([key, value]) => (
        <div key={key} className="kv__row">
          <dt>{key}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
