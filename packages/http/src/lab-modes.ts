/**
 * The vulnerable lab modes at run time (the catalog is @authlab/flows/lab-modes): which are on, the
 * label on every response a mode changes, and the two lab routes that list and switch them.
 *
 * - `createLabModes(initial)`: every mode off except those named at start-up (`LAB_MODES`, which
 *   the config refuses in production and whenever the lab is disabled);
 * - `markLabMode(ctx, id)`: called by the code that acted differently BECAUSE a mode is on; adds
 *   the id to `X-Authlab-Lab-Mode`, so a learner (and a test) can tell a response a weakened server
 *   produced from one the secure default produced;
 * - `listLabModesHandler` / `setLabModeHandler`: `GET /lab/modes` and `PUT /lab/modes/:id {on}`,
 *   mounted by each API's routes/lab.ts — so they exist only while the lab is enabled (404
 *   otherwise, like any unknown path). An API switches only the modes it implements.
 *
 * Teaches: a vulnerable behaviour is a labelled, opt-in switch, never a silent default.
 *
 * Flow step ids: none (development lab switches).
 * Reference: docs/attacks.md, "Lab modes"; OWASP Secure by Default principles.
 */
import {
  LAB_MODE_HEADER,
  LAB_MODES,
  type LabModeApi,
  type LabModeId,
  type LabModeState,
  type LabModesAnswer,
  listLabModes,
} from '@authlab/flows/lab-modes';
import type { Context, Middleware } from 'koa';
import { z } from 'zod';
import { NotFoundError } from './errors.ts';
import { parseBody } from './validate.ts';

export interface LabModes {
  isOn(id: LabModeId): boolean;
  set(id: LabModeId, on: boolean): void;
  /** Every mode of the catalog with its current switch. */
  list(): LabModeState[];
}

export function createLabModes(initial: Iterable<LabModeId> = []): LabModes {
  const on = new Set<LabModeId>(initial);
  return {
    isOn: (id) => on.has(id),
    set(id, enabled) {
      if (enabled) on.add(id);
      else on.delete(id);
    },
    list: () => LAB_MODES.map((mode) => ({ ...mode, on: on.has(mode.id) })),
  };
}

/** Labels this response as changed by `id` (the header lists each mode once). */
export function markLabMode(ctx: Context, id: LabModeId): void {
  const current: unknown = ctx.response.get(LAB_MODE_HEADER);
  const ids = typeof current === 'string' && current !== '' ? current.split(', ') : [];
  if (!ids.includes(id)) ctx.set(LAB_MODE_HEADER, [...ids, id].join(', '));
}

/** The modes currently on, for the lab state (`lab_modes`). */
export function listModesOn(labModes: LabModes, api: LabModeApi): LabModeId[] {
  return labModes
    .list()
    .filter((mode) => mode.api === api && mode.on)
    .map((mode) => mode.id);
}

/** GET /lab/modes: this API's modes, each with its switch. */
export function listLabModesHandler(labModes: LabModes, api: LabModeApi): Middleware {
  return function listLabModesMiddleware(ctx) {
    ctx.body = {
      modes: labModes.list().filter((mode) => mode.api === api),
    } satisfies LabModesAnswer;
  };
}

const setModeBodySchema = z.strictObject({ on: z.boolean() });

/** PUT /lab/modes/:id {on}: switches one of this API's modes; any other id is 404. */
export function setLabModeHandler(labModes: LabModes, api: LabModeApi): Middleware {
  const ids: ReadonlySet<string> = new Set(listLabModes(api).map((mode) => mode.id));
  return function setLabModeMiddleware(ctx) {
    // @koa/router puts the route's `:id` on ctx.params.
    const { id } = (ctx as Context & { params?: Record<string, string> }).params ?? {};
    if (typeof id !== 'string' || !ids.has(id)) {
      throw new NotFoundError(`No lab mode "${String(id)}" on this API.`);
    }
    const { on } = parseBody(setModeBodySchema, ctx.request.body);
    labModes.set(id as LabModeId, on);
    ctx.body = {
      modes: labModes.list().filter((mode) => mode.api === api),
    } satisfies LabModesAnswer;
  };
}
