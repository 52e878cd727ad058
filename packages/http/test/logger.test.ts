import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from '../src/logger.ts';

function createCollectingLogger(level: LogLevel) {
  const lines: { entry: Record<string, unknown>; stream: string }[] = [];
  const logger = createLogger({
    level,
    name: 'test',
    write: (line, stream) => lines.push({ entry: JSON.parse(line), stream }),
  });
  return { logger, lines };
}

describe('createLogger()', () => {
  it('writes one JSON line with time, level, name and message', () => {
    const { logger, lines } = createCollectingLogger('info');
    logger.info('started', { port: 4001 });
    expect(lines).toEqual([
      {
        entry: {
          time: expect.any(String),
          level: 'info',
          name: 'test',
          msg: 'started',
          port: 4001,
        },
        stream: 'stdout',
      },
    ]);
  });

  it('redacts credentials at the top level and in a body, query or headers', () => {
    const { logger, lines } = createCollectingLogger('debug');
    logger.debug('login', {
      password: 'top-level-pass',
      body: { email: 'john@example.com', current_password: 'john-demo-pass', new_password: 'x' },
      query: { token: 'query-token' },
      headers: { authorization: 'Bearer abc', cookie: 'authlab.sid=s3cr3t', 'set-cookie': 'y' },
      res: { headers: { 'set-cookie': 'authlab.rt=rt-value' } },
    });
    const text = JSON.stringify(lines[0]?.entry);
    expect(text).not.toMatch(
      /top-level-pass|john-demo-pass|query-token|Bearer abc|s3cr3t|rt-value/,
    );
    expect(lines[0]?.entry).toMatchObject({
      password: '[redacted]',
      body: {
        email: 'john@example.com',
        current_password: '[redacted]',
        new_password: '[redacted]',
      },
      headers: { authorization: '[redacted]', cookie: '[redacted]', 'set-cookie': '[redacted]' },
    });
  });

  it('drops lines below its level and sends errors to stderr', () => {
    const { logger, lines } = createCollectingLogger('error');
    logger.info('ignored');
    logger.debug('ignored');
    logger.error('failed', { error: new TypeError('boom') });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.stream).toBe('stderr');
    expect(lines[0]?.entry.error).toMatchObject({ type: 'TypeError', message: 'boom' });
  });

  it('writes nothing when silent, and survives circular fields', () => {
    const { logger, lines } = createCollectingLogger('silent');
    logger.error('ignored');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const loud = createCollectingLogger('info');
    loud.logger.info('cycle', { circular });
    expect(lines).toHaveLength(0);
    expect(JSON.stringify(loud.lines[0]?.entry.circular)).toContain('[Circular]');
  });
});
