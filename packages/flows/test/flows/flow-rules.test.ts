import { describe, expect, it } from 'vitest';
import { ACTORS } from '../../src/actors.ts';
import { FLOWS } from '../../src/catalog.ts';
import { LANGUAGES } from '../../src/localized.ts';
import {
  isServerStepId,
  JWT_SERVER_STEP_IDS,
  SESSION_SERVER_STEP_IDS,
} from '../../src/step-ids.ts';
import { STORAGE_LOCATIONS } from '../../src/storage-locations.ts';
import type { ActorId } from '../../src/types.ts';

const KEBAB_SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STORE_ACTORS: ReadonlySet<ActorId> = new Set([
  'session-store',
  'revocation-store',
  'redis',
  'users-db',
]);
const SESSION_ONLY: ReadonlySet<ActorId> = new Set(['session-api', 'session-store']);
const JWT_ONLY: ReadonlySet<ActorId> = new Set(['jwt-api', 'revocation-store']);

const allSteps = FLOWS.flatMap((flow) => flow.steps.map((step) => ({ flow, step })));

describe('flow steps', () => {
  it('use only server step ids from step-ids.ts for server steps, of the flow’s own API', () => {
    for (const { flow, step } of allSteps.filter(({ step }) => step.side === 'server')) {
      expect(isServerStepId(step.id), step.id).toBe(true);
      expect(step.id.startsWith(`${flow.api}.`), `${flow.id}: ${step.id}`).toBe(true);
    }
  });

  it('name browser and store steps <flow id>.<step>, in kebab-case, never like a server step', () => {
    for (const { flow, step } of allSteps.filter(({ step }) => step.side !== 'server')) {
      expect(step.id.startsWith(`${flow.id}.`), `${flow.id}: ${step.id}`).toBe(true);
      expect(isServerStepId(step.id), step.id).toBe(false);
      for (const segment of step.id.split('.')) expect(segment, step.id).toMatch(KEBAB_SEGMENT);
    }
  });

  it('give every browser and store step an id of its own across all flows', () => {
    const ids = allSteps.filter(({ step }) => step.side !== 'server').map(({ step }) => step.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('start browser steps at the browser, attacker steps at the attacker site, and keep store steps inside a store', () => {
    for (const { step } of allSteps) {
      if (step.side === 'browser') expect(step.from, step.id).toBe('browser');
      if (step.side === 'attacker') expect(step.from, step.id).toBe('attacker-site');
      if (step.side === 'store') {
        expect(step.from, step.id).toBe(step.to);
        expect(STORE_ACTORS.has(step.from), step.id).toBe(true);
      }
      if (step.side === 'server') expect(step.from, step.id).not.toBe('browser');
    }
  });

  it('keep session flows off the JWT actors and JWT flows off the session actors', () => {
    for (const { flow, step } of allSteps) {
      const foreign = flow.api === 'session' ? JWT_ONLY : SESSION_ONLY;
      expect(foreign.has(step.from) || foreign.has(step.to), `${flow.id}: ${step.id}`).toBe(false);
    }
  });

  it('explain every step and name its message', () => {
    for (const { step } of allSteps) {
      for (const language of LANGUAGES) {
        expect(step.message[language].trim(), step.id).not.toBe('');
        expect(step.explanation[language].length, step.id).toBeGreaterThan(20);
      }
      expect(ACTORS[step.from] && ACTORS[step.to], step.id).toBeTruthy();
    }
  });

  it('record effects only in known storage locations', () => {
    for (const { step } of allSteps) {
      for (const effect of step.effects) {
        expect(STORAGE_LOCATIONS[effect.location], step.id).toBeDefined();
        for (const language of LANGUAGES) {
          expect(effect.what[language].trim(), step.id).not.toBe('');
        }
      }
    }
  });
});

describe('step-ids.ts coverage', () => {
  it('uses every server step id in at least one flow', () => {
    const used = new Set(allSteps.map(({ step }) => step.id));
    const unused = [...SESSION_SERVER_STEP_IDS, ...JWT_SERVER_STEP_IDS].filter(
      (id) => !used.has(id),
    );
    expect(unused).toEqual([]);
  });
});
