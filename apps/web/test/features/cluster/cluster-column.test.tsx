import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClusterAnswer, ClusterStatus } from '../../../src/features/cluster/cluster-client.ts';
import { ClusterColumn } from '../../../src/features/cluster/cluster-column.tsx';
import { renderWithI18n } from '../../helpers/render.tsx';

const answer = (instanceId: string, status: number): ClusterAnswer => ({
  label: 'GET /me',
  instanceId,
  status,
  code: status === 200 ? null : 'unauthenticated',
});

const status: ClusterStatus = {
  sticky: false,
  groups: [
    {
      name: 'memory',
      available: true,
      instances: [1, 2, 3].map((index) => ({
        id: `session-memory-${index}`,
        index,
        state: index === 2 ? 'stopped' : 'running',
      })),
    },
    { name: 'redis', available: false, message: 'The redis groups need Redis.', instances: [] },
  ],
};

describe('ClusterColumn', () => {
  it('sums up who answered: requests, instances, 200s and refusals', () => {
    const answers = [answer('session-memory-1', 200), answer('session-memory-3', 401)];
    renderWithI18n(
      <ClusterColumn
        side="session"
        group="memory"
        state={{ status, answers, unreachable: false }}
      />,
    );
    expect(screen.getByText('2 answers from 2 instances: 1 × 200, 1 refused')).toBeTruthy();
  });

  it('marks a stopped instance as stopped', () => {
    renderWithI18n(
      <ClusterColumn
        side="session"
        group="memory"
        state={{ status, answers: [], unreachable: false }}
      />,
    );
    expect(
      document.querySelector('[data-instance-id="session-memory-2"]')?.getAttribute('data-state'),
    ).toBe('stopped');
  });

  it('says how to get Redis when the group has none', () => {
    renderWithI18n(
      <ClusterColumn
        side="session"
        group="redis"
        state={{ status, answers: [], unreachable: false }}
      />,
    );
    expect(screen.getByText('The redis groups need Redis.')).toBeTruthy();
  });

  it('says how to start the cluster lab when the balancer does not answer', () => {
    renderWithI18n(
      <ClusterColumn
        side="jwt"
        group="memory"
        state={{ status: null, answers: [], unreachable: true }}
      />,
    );
    expect(screen.getByText(/pnpm run lab:cluster/)).toBeTruthy();
  });

  it('shows the signing kid of the es256 group and the kid each JWT answer carried', () => {
    const kid = 'Qm9vdFN0cmFwS2V5SWQtZm9yLXRoZS1lczI1Ni1ncm91cA';
    const es256: ClusterStatus = {
      sticky: false,
      groups: [
        {
          name: 'es256',
          available: true,
          signing_kid: kid,
          instances: [{ id: 'jwt-es256-1', index: 1, state: 'running', role: 'signer' }],
        },
      ],
    };
    const answers = [{ ...answer('jwt-es256-2', 200), kid }];
    renderWithI18n(
      <ClusterColumn
        side="jwt"
        group="es256"
        state={{ status: es256, answers, unreachable: false }}
      />,
    );
    expect(screen.getByText('The signer signs with kid Qm9vdFN0…')).toBeTruthy();
    expect(document.querySelector('[data-answer] [data-kid]')?.getAttribute('data-kid')).toBe(kid);
    expect(screen.getByText(/signer ·/)).toBeTruthy();
  });
});
