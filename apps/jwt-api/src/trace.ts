/**
 * The trace of this API's requests, typed by its own step ids: `getTrace(ctx).step('jwt.…')`
 * with an id that is not a jwt server step of @authlab/flows does not compile, so the ids the
 * server reports and the flows the web app and the docs draw cannot drift apart.
 *
 * Teaches: the step ids the server reports are checked by the compiler against the flows.
 *
 * Flow step ids: every `JwtServerStepId`.
 * Reference: W3C Server Timing; @authlab/flows/step-ids; docs/reference/http-api.md ("Trace").
 */
import type { JwtServerStepId } from '@authlab/flows/step-ids';
import { createTraceReader } from '@authlab/http/trace';

export const getTrace = createTraceReader<JwtServerStepId>();
