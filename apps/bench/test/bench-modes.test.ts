import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseRedis,
  FULL_SETTINGS,
  SMOKE_RESULTS_PATH,
  updatePerformancePage,
  writeResultFile,
} from '../src/bench-modes.ts';
import { LATEST_RESULTS_PATH } from '../src/paths.ts';
import { makeResult } from './helpers/sample-result.ts';

describe('bench modes', () => {
  const directories: string[] = [];
  const makeDirectory = () => {
    const directory = mkdtempSync(join(tmpdir(), 'authlab-bench-modes-'));
    directories.push(directory);
    return directory;
  };
  afterEach(() => {
    for (const directory of directories.splice(0))
      rmSync(directory, { recursive: true, force: true });
  });

  it('runs the documented method in full mode', () => {
    expect(FULL_SETTINGS).toMatchObject({ connections: 10, durationSeconds: 4, rounds: 5 });
  });

  it('times each micro operation for at least half a second in full mode, median of 5 batches', () => {
    const { batches, batchMilliseconds } = FULL_SETTINGS.micro;
    expect(batches).toBe(5);
    expect(batches * batchMilliseconds).toBeGreaterThanOrEqual(500);
  });

  it('keeps smoke results away from the committed results', () => {
    expect(SMOKE_RESULTS_PATH.startsWith(tmpdir())).toBe(true);
    expect(SMOKE_RESULTS_PATH).not.toBe(LATEST_RESULTS_PATH);
  });

  it('writes the result as JSON', () => {
    const path = join(makeDirectory(), 'nested', 'result.json');
    writeResultFile(path, makeResult());
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(makeResult());
  });

  it('regenerates only the marked blocks of the page', () => {
    const path = join(makeDirectory(), 'performance.md');
    const page =
      '# Title\n<!-- bench:table -->\nold\n<!-- /bench:table -->\nprose\n<!-- bench:login -->\n<!-- /bench:login -->\n<!-- bench:micro -->\n<!-- /bench:micro -->\n';
    writeFileSync(path, page);
    updatePerformancePage(path, makeResult());
    const updated = readFileSync(path, 'utf8');
    expect(updated).toMatch(/^# Title\n<!-- bench:table -->\nMeasured /);
    expect(updated).not.toContain('\nold\n');
    expect(updated).toContain('<!-- /bench:table -->\nprose\n');
  });

  it('skips Redis, saying why, when nothing answers at REDIS_URL', async () => {
    const choice = await chooseRedis({ REDIS_URL: 'redis://127.0.0.1:1' });
    expect(choice.url).toBeNull();
    expect(choice.note).toMatch(/^no Redis answered PING at redis:\/\/127\.0\.0\.1:1: /);
  });

  it.runIf(process.env.REDIS_URL)('uses the Redis at REDIS_URL when it answers', async () => {
    expect(await chooseRedis({ REDIS_URL: process.env.REDIS_URL })).toEqual({
      url: process.env.REDIS_URL,
      note: null,
    });
  });
});
