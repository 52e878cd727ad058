import { ACCESS_TOKEN_REFRESH_LEAD_SECONDS } from '@authlab/flows/timelines';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planProactiveRefresh, scheduleProactiveRefresh } from '../../src/lib/proactive-refresh.ts';

const ACCESS_TOKEN_TTL_SECONDS = 900;

afterEach(() => {
  vi.useRealTimers();
});

describe('planProactiveRefresh', () => {
  it('plans the refresh one minute before the access token expires, by the browser clock', () => {
    const plan = planProactiveRefresh(1_000_000, ACCESS_TOKEN_TTL_SECONDS);
    expect(plan.expiresAtMs).toBe(1_000_000 + ACCESS_TOKEN_TTL_SECONDS * 1000);
    expect(plan.refreshAtMs).toBe(plan.expiresAtMs - ACCESS_TOKEN_REFRESH_LEAD_SECONDS * 1000);
  });

  it('never plans it earlier than halfway through a short lifetime', () => {
    const plan = planProactiveRefresh(0, 60);
    expect(plan.refreshAtMs).toBe(30_000);
  });
});

describe('scheduleProactiveRefresh', () => {
  it('refreshes when the planned time comes, and not when cancelled', () => {
    vi.useFakeTimers({ now: 0 });
    const refresh = vi.fn();
    const plan = planProactiveRefresh(0, ACCESS_TOKEN_TTL_SECONDS);
    scheduleProactiveRefresh(plan, refresh);
    vi.advanceTimersByTime(plan.refreshAtMs - 1);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    const cancel = scheduleProactiveRefresh(planProactiveRefresh(Date.now(), 120), cancelled);
    cancel();
    vi.advanceTimersByTime(120_000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
