import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('./helpers/signal-server.ts', import.meta.url));
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('closeOnSignals()', () => {
  it('lets the server answer, then releases the stores and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
      cwd: PACKAGE_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.on('exit', () => reject(new Error(`child exited early: ${output}`)));
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        if (/port \d+/.test(output)) resolve();
      });
    });
    const port = Number(/port (\d+)/.exec(output)?.[1]);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('"msg":"shutting down"');
    expect(output).toContain('released');
  });
});
