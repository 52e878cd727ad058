import { getFlow } from '@authlab/flows/catalog';
import type { Flow } from '@authlab/flows/types';
import { describe, expect, it } from 'vitest';
import { listVisibleEvents, matchSteps } from '../../src/lib/step-matching.ts';
import { buildEvents } from '../helpers/runs.ts';

function requireFlow(id: string): Flow {
  const flow = getFlow(id);
  if (flow === null) throw new Error(`${id} is not in the catalog`);
  return flow;
}

describe('matchSteps', () => {
  it('lists events the flow has no step for as extras, so nothing that happened is hidden', () => {
    const events = buildEvents([
      { browser: 'jwt.request.send' },
      {
        serverTiming:
          'jwt.auth.extract-token;dur=0.01, jwt.auth.verify-signature;dur=0.02, jwt.auth.check-claims;dur=0.01;desc="expired", jwt.auth.reject;dur=0',
      },
      { browser: 'jwt.refresh.intercept-401' },
    ]);
    const match = matchSteps([requireFlow('jwt.request')], events, events.length - 1);
    expect(match.extras.map((event) => event.stepId)).toEqual([
      'jwt.auth.reject',
      'jwt.refresh.intercept-401',
    ]);
    expect(match.steps.find((step) => step.step.id === 'jwt.auth.check-claims')?.state).toBe(
      'failed',
    );
  });

  it('marks the step of the event under the cursor as current, and only that one', () => {
    const events = buildEvents([
      { browser: 'session.login.submit' },
      { serverTiming: 'session.csrf.check-request;dur=0.1, session.login.rate-limit;dur=0.2' },
    ]);
    const match = matchSteps([requireFlow('session.login')], events, 1);
    expect(match.steps.filter((step) => step.current).map((step) => step.step.id)).toEqual([
      'session.csrf.check-request',
    ]);
    expect(match.steps.find((step) => step.step.id === 'session.login.rate-limit')?.state).toBe(
      'pending',
    );
  });

  it('leaves setup events out of the steps and of the events the cursor walks through', () => {
    const events = buildEvents([{ browser: 'session.login.submit' }]).map((event) => ({
      ...event,
      setup: true,
    }));
    expect(listVisibleEvents(events)).toEqual([]);
    expect(
      matchSteps([requireFlow('session.login')], events, 0).steps.every(
        (step) => step.event === null,
      ),
    ).toBe(true);
  });
});

describe('matchSteps okOutcome', () => {
  it("shows a session login's absent pre-login cookie as done, not failed", () => {
    const events = buildEvents([
      {
        serverTiming:
          'session.csrf.check-request;dur=0.01, session.login.rate-limit;dur=0.01, session.login.verify-credentials;dur=300, session.auth.read-cookie;dur=0.01;desc="absent", session.login.regenerate-id;dur=0.02, session.login.store-session;dur=0.02, session.login.set-cookie;dur=0.01',
      },
    ]);

    const match = matchSteps([requireFlow('session.login')], events, events.length - 1);

    expect(match.steps.find((step) => step.step.id === 'session.auth.read-cookie')?.state).toBe(
      'ok',
    );
  });

  it('still shows an absent cookie as failed where the flow does not expect it', () => {
    const events = buildEvents([
      {
        serverTiming: 'session.auth.read-cookie;dur=0.01;desc="absent", session.auth.reject;dur=0',
      },
    ]);

    const match = matchSteps([requireFlow('session.request')], events, events.length - 1);

    expect(match.steps.find((step) => step.step.id === 'session.auth.read-cookie')?.state).toBe(
      'failed',
    );
  });
});
