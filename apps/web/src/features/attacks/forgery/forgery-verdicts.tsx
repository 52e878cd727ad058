/**
 * The two answers to one forged token, side by side: the vulnerable verifier's verdict (accepted,
 * and the mistake it relied on) and the real API's status with its trace, the refusing step
 * marked and explained by the forgery's rule and RFC 8725 sections.
 */
import type { Forgery } from '@authlab/flows/forgery/forgeries';
import type { NaiveVerdictAnswer } from '@authlab/flows/forgery/naive-verdict';
import type { RealApiAnswer } from './forgery-client.ts';
import type { ForgeryMessageKey } from './forgery-messages.ts';

interface Props {
  readonly forgery: Forgery;
  readonly naive: NaiveVerdictAnswer;
  readonly real: RealApiAnswer;
  readonly text: (
    key: ForgeryMessageKey,
    values?: Readonly<Record<string, string | number>>,
  ) => string;
}

export function ForgeryVerdicts({ forgery, naive, real, text }: Props) {
  const refusing = real.steps.find((step) => step.outcome !== undefined);
  const source = naive.key_source;
  const where =
    source.kind === 'key-file' ? source.path : source.kind === 'jku' ? source.url : source.kind;
  return (
    <div className="columns" data-verdicts>
      <div className="column" data-verdict="vulnerable" data-accepted={naive.accepted}>
        <h5>
          {text('vulnerable')} <span className="badge badge--warning">VULNERABLE</span>
        </h5>
        <p>
          <strong>
            {naive.accepted ? text('accepted') : text('refused', { reason: naive.refusal ?? '' })}
          </strong>
        </p>
        {naive.mistakes.length === 0 ? null : (
          <p>{text('mistakes', { mistakes: naive.mistakes.join(', ') })}</p>
        )}
        <p className="small">{text('keySource', { source: where })}</p>
        <pre className="small">{JSON.stringify(naive.payload, null, 2)}</pre>
      </div>
      <div className="column" data-verdict="real" data-status={real.status}>
        <h5>{text('real')}</h5>
        <p>
          <strong>{text('realStatus', { status: real.status })}</strong>
        </p>
        <ul className="journal__steps">
          {real.steps.map((step) => (
            <li
              key={step.id}
              data-step={step.id}
              className={step.outcome === undefined ? 'step-ok' : 'step-refused'}
            >
              <code>{step.id}</code>
              {step.outcome === undefined ? null : <strong> ({step.outcome})</strong>}
            </li>
          ))}
        </ul>
        {refusing === undefined ? null : (
          <p data-refused-at={refusing.id}>
            {text('refusedAt', {
              step: refusing.id,
              rule: text(`rule.${forgery.rule}`),
              sections: forgery.rfc8725.join(', §'),
            })}
          </p>
        )}
      </div>
    </div>
  );
}
