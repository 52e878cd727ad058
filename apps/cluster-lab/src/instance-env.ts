/**
 * The environment each instance starts with: the inherited one, cleaned of anything that would
 * change what the lab shows, plus what its group shares — a secret, a Redis, or for `es256` a
 * private key (the signer) or only the signer's JWKS URL (the verifiers).
 *
 * Teaches: the difference between the groups IS their environment: same code, same binary, and
 * a memory, Redis or ES256 deployment only by the variables it is given.
 *
 * Reference: The Twelve-Factor App, "III. Config"; docs/cluster-lab.md, "What starts".
 */
import { generateEs256PrivateKeyPem } from '@authlab/jwt-api/keys/load-keys';
import { INSTANCE_HOST } from './api-instance.ts';
import { type ClusterPlan, type InstanceSpec, SIGNER_INDEX } from './cluster-plan.ts';
import type { ProvidedRedis } from './redis-provider.ts';

/** The `es256` group's keys: the signer's private key, and where verifiers find its public one. */
export interface Es256Keys {
  readonly privateKeyPem: string;
  readonly jwksUrl: string;
}

/**
 * The `es256` group: instance 1 signs with its own private key and runs the lab routes (key
 * rotation); the others get NO key — only the signer's JWKS URL. Neither gets the HS256 secret.
 */
function es256Env(spec: InstanceSpec, keys: Es256Keys): NodeJS.ProcessEnv {
  return spec.index === SIGNER_INDEX
    ? { JWT_ALGORITHM: 'ES256', JWT_PRIVATE_KEY: keys.privateKeyPem, LAB_ENABLED: 'true' }
    : { JWT_ALGORITHM: 'ES256', JWT_JWKS_URL: keys.jwksUrl };
}

/** What an instance is given, on top of the inherited environment: its group's shared setup. */
export function instanceEnv(
  spec: InstanceSpec,
  shared: Record<string, string>,
  redis: ProvidedRedis,
  keyPrefix: string,
  es256Keys: Es256Keys,
) {
  // Nothing the learner's shell exports may change what the lab shows (a stray REDIS_URL would
  // make the memory group share a store; JWT_ALGORITHM=ES256 would read keys from .data/).
  const {
    REDIS_URL: _url,
    REDIS_KEY_PREFIX: _prefix,
    PORT: _port,
    INSTANCE_ID: _id,
    JWT_PRIVATE_KEY: _key,
    JWT_PREVIOUS_PUBLIC_KEYS: _previous,
    JWT_JWKS_URL: _jwks,
    ...inherited
  } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, ...shared };
  if (spec.group === 'redis' && redis.url !== null) {
    env.REDIS_URL = redis.url;
    env.REDIS_KEY_PREFIX = `${keyPrefix}${spec.api}:`;
  }
  if (spec.group !== 'es256') return env;
  const { JWT_SECRET: _secret, ...withoutSecret } = env;
  return { ...withoutSecret, ...es256Env(spec, es256Keys) };
}

/** Where the `es256` verifiers fetch the signer's public keys: its own address, no balancer. */
export function createEs256Keys(plan: ClusterPlan): Es256Keys {
  const signer = plan.instances.find(
    (spec) => spec.api === 'jwt' && spec.group === 'es256' && spec.index === SIGNER_INDEX,
  );
  return {
    privateKeyPem: generateEs256PrivateKeyPem(),
    jwksUrl: `http://${INSTANCE_HOST}:${signer?.port ?? 0}/.well-known/jwks.json`,
  };
}
