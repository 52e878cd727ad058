import { getFlow } from '@authlab/flows/catalog';
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SequenceView } from '../../../src/components/sequence/sequence-view.tsx';
import type { SideRun } from '../../../src/lib/run-store.ts';
import { renderWithI18n } from '../../helpers/render.tsx';
import { buildRun } from '../../helpers/runs.ts';

const LOGIN_TRACE =
  'session.csrf.check-request;dur=0.09, session.login.rate-limit;dur=0.4, session.login.verify-credentials;dur=61.2, session.auth.read-cookie;dur=0.01;desc="absent", session.login.regenerate-id;dur=0.31, session.login.store-session;dur=0.05, session.login.set-cookie;dur=0.12';

const FAILED_LOGIN_TRACE =
  'session.csrf.check-request;dur=0.09, session.login.rate-limit;dur=0.4, session.login.verify-credentials;dur=58.7;desc="failed"';

function SequenceHarness({ run }: { run: SideRun }) {
  const visibleCount = run.events.length;
  const [position, setPosition] = useState(visibleCount - 1);
  return <SequenceView run={run} position={position} onPositionChange={setPosition} />;
}

function readSteps() {
  return screen
    .getAllByRole('listitem')
    .filter((item) => item.dataset.stepId !== undefined)
    .map((item) => ({ id: item.dataset.stepId, state: item.dataset.state }));
}

const successfulLogin = () =>
  buildRun(
    ['session.login'],
    [
      { browser: 'session.login.submit' },
      { serverTiming: LOGIN_TRACE },
      { browser: 'session.login.keep-cookie' },
    ],
  );

describe('SequenceView', () => {
  it("renders the run's flow from @authlab/flows, every step in order", () => {
    const flow = getFlow('session.login');
    if (flow === null) throw new Error('session.login is not in the catalog');
    renderWithI18n(
      <SequenceView
        run={buildRun(['session.login'], [])}
        position={-1}
        onPositionChange={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: flow.title.en })).toBeDefined();
    expect(readSteps().map((step) => step.id)).toEqual(flow.steps.map((step) => step.id));
    for (const step of flow.steps)
      expect(screen.getAllByText(step.message.en).length).toBeGreaterThan(0);
  });

  it("renders the flow's Vietnamese title, summary and step texts in the VI mode", () => {
    const flow = getFlow('jwt.refresh');
    if (flow === null) throw new Error('jwt.refresh is not in the catalog');
    renderWithI18n(
      <SequenceView
        run={buildRun(['jwt.refresh'], [])}
        position={-1}
        onPositionChange={() => {}}
      />,
      'vi',
    );
    expect(screen.getByRole('heading', { name: 'JWT: refresh sau khi nhận 401' })).toBeDefined();
    expect(screen.getByText(flow.summary.vi)).toBeDefined();
    expect(screen.getAllByText('interceptor của axios bắt lỗi 401')).toHaveLength(1);
    expect(screen.getAllByText('Interceptor gọi refresh')).toHaveLength(1);
    expect(screen.queryByText('axios interceptor catches the 401')).toBeNull();
  });

  it('lights every step reported in Server-Timing, with its duration', () => {
    renderWithI18n(<SequenceHarness run={successfulLogin()} />);
    expect(readSteps().every((step) => step.state === 'ok')).toBe(true);
    const verify = screen
      .getAllByRole('listitem')
      .find((item) => item.dataset.stepId === 'session.login.verify-credentials');
    expect(within(verify as HTMLElement).getByText('61 ms')).toBeDefined();
    expect(within(verify as HTMLElement).getByText('done')).toBeDefined();
  });

  it('marks a step reported with a desc as refused, in words, and later steps as not reached', () => {
    const run = buildRun(
      ['session.login'],
      [{ browser: 'session.login.submit' }, { serverTiming: FAILED_LOGIN_TRACE }],
    );
    renderWithI18n(<SequenceHarness run={run} />);
    const states = Object.fromEntries(readSteps().map((step) => [step.id, step.state]));
    expect(states['session.login.verify-credentials']).toBe('failed');
    expect(states['session.login.store-session']).toBe('skipped');
    expect(screen.getByText('desc="failed"')).toBeDefined();
    expect(screen.getByText('refused')).toBeDefined();
  });

  it('steps back and forward through the events', () => {
    renderWithI18n(<SequenceHarness run={successfulLogin()} />);
    const stateOf = (id: string) => readSteps().find((step) => step.id === id)?.state;
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(stateOf('session.login.keep-cookie')).toBe('pending');
    expect(stateOf('session.login.set-cookie')).toBe('ok');
    expect(screen.getByText('Event 8 of 9')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: /First/ }));
    expect(readSteps().filter((step) => step.state === 'ok')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(stateOf('session.csrf.check-request')).toBe('ok');
    fireEvent.click(screen.getByRole('button', { name: /Last/ }));
    expect(stateOf('session.login.keep-cookie')).toBe('ok');
  });

  it('lights a repeated step id once per occurrence, in order', () => {
    const run = buildRun(
      ['jwt.refresh'],
      [
        { browser: 'jwt.refresh.send-expired' },
        {
          serverTiming:
            'jwt.auth.extract-token;dur=0.01, jwt.auth.verify-signature;dur=0.05, jwt.auth.check-claims;dur=0.02;desc="expired", jwt.auth.reject;dur=0',
        },
        { browser: 'jwt.refresh.intercept-401' },
      ],
    );
    renderWithI18n(<SequenceHarness run={run} />);
    const extracts = readSteps().filter((step) => step.id === 'jwt.auth.extract-token');
    expect(extracts.map((step) => step.state)).toEqual(['ok', 'skipped']);
  });

  it("opens a step's explanation from the flow on click", () => {
    renderWithI18n(<SequenceHarness run={successfulLogin()} />);
    const flowStep = getFlow('session.login')?.steps.find(
      (step) => step.id === 'session.login.regenerate-id',
    );
    fireEvent.click(screen.getByRole('button', { name: new RegExp(flowStep?.message.en ?? '') }));
    expect(screen.getByRole('dialog')).toBeDefined();
    expect(screen.getByText(flowStep?.explanation.en ?? '')).toBeDefined();
  });

  it("opens a step's Vietnamese explanation and correction in the VI mode", () => {
    renderWithI18n(<SequenceHarness run={successfulLogin()} />, 'vi');
    const flowStep = getFlow('session.login')?.steps.find(
      (step) => step.id === 'session.login.regenerate-id',
    );
    const message = flowStep?.message.vi ?? '';
    fireEvent.click(
      screen.getByRole('button', { name: (name) => name.includes(message) && message !== '' }),
    );
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(flowStep?.explanation.vi ?? '')).toBeDefined();
    expect(within(dialog).getByText('Đính chính tài liệu')).toBeDefined();
    expect(within(dialog).getByText(flowStep?.correction?.vi ?? '')).toBeDefined();
  });

  it('invites the learner to run a scenario when there is no run yet', () => {
    renderWithI18n(<SequenceView run={null} position={-1} onPositionChange={() => {}} />);
    expect(screen.getByText(/Run a scenario/)).toBeDefined();
  });
});
