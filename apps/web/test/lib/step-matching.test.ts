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
        serverTiming: 'jwt.auth.verify-token;dur=0.02;desc="expired", jwt.auth.reject;dur=0',
      },
      { browser: 'jwt.refresh.intercept-401' },
    ]);
    const match = matchSteps([requireFlow('jwt.request')], events, events.length - 1);
    expect(match.extras.map((event) => event.stepId)).toEqual([
      'jwt.auth.reject',
      'jwt.refresh.intercept-401',
    ]);
    expect(match.steps.find((step) => step.step.id === 'jwt.auth.verify-token')?.state).toBe(
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
