import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerClockLine } from '../../../src/components/state/server-facts.tsx';
import { renderWithI18n } from '../../helpers/render.tsx';
import { buildLabState } from '../../helpers/runs.ts';

describe('ServerClockLine', () => {
  it('names the vulnerable lab modes the server has on', () => {
    renderWithI18n(
      <ServerClockLine state={buildLabState({ lab_modes: ['csrf-no-origin-check'] })} />,
    );
    expect(screen.getByText('vulnerable lab modes on: csrf-no-origin-check')).toBeTruthy();
  });

  it('says nothing about lab modes while every one is off', () => {
    renderWithI18n(<ServerClockLine state={buildLabState({ lab_modes: [] })} />);
    expect(document.querySelector('[data-lab-modes]')).toBeNull();
  });
});
