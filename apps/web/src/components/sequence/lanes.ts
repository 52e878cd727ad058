/**
 * The three lanes of every sequence diagram — Browser, API, Store/DB — and which lane an actor of
 * `@authlab/flows` belongs to (its actor group).
 */
import { ACTORS } from '@authlab/flows/actors';
import type { ActorGroup, ActorId } from '@authlab/flows/types';

// The attacker's site shares the browser's lane: its pages run in the victim's browser.
const LANE_BY_GROUP: Readonly<Record<ActorGroup, number>> = {
  attacker: 0,
  'browser-side': 0,
  'server-side': 1,
  stores: 2,
};

export function laneOf(actor: ActorId): number {
  return LANE_BY_GROUP[ACTORS[actor].group];
}

export type Direction = 'right' | 'left' | 'self';

export interface LaneSpan {
  /** CSS grid lines, 1-based. */
  readonly start: number;
  readonly end: number;
  readonly direction: Direction;
}

export function spanLanes(from: ActorId, to: ActorId): LaneSpan {
  const a = laneOf(from);
  const b = laneOf(to);
  const direction: Direction = a === b ? 'self' : a < b ? 'right' : 'left';
  return { start: Math.min(a, b) + 1, end: Math.max(a, b) + 2, direction };
}
