import { describe, expect, it } from 'vitest';
import {
  formatOverhead,
  formatTarget,
  renderLoginAndBytesTables,
  renderPerformancePage,
  renderRequestTable,
  replaceBlock,
} from '../src/render-markdown.ts';
import { makeResult } from './helpers/sample-result.ts';

describe('renderRequestTable', () => {
  const table = renderRequestTable(makeResult());

  it('shows one row per configuration with its medians, ratio and overhead', () => {
    expect(table).toContain(
      '| bare Koa route (the floor) | 50,000 | 0.150 | 0.900 | 1.00 | — | — |',
    );
    expect(table).toContain(
      '| session-api, memory store | 25,000 | 0.150 | 0.900 | 0.50 | 20 µs | ≥ 0.45: ✅ pass |',
    );
  });

  it('marks a missed target as failed', () => {
    expect(table).toContain(
      '| jwt-api HS256 | 10,000 | 0.150 | 0.900 | 0.20 | 80 µs | ≥ 0.33: ❌ FAIL |',
    );
  });

  it('says why a configuration was skipped', () => {
    expect(table).toContain('| session-api, Redis store | skipped (no Redis answered PING) |');
  });

  it('states how, where and when the numbers were measured', () => {
    expect(table).toContain('by `pnpm bench` (full: 3 rounds × 4 s, 10 connections');
    expect(table).toContain('Test CPU × 2 cores, Node v20.20.2');
    expect(table).toContain('load average at start 0.1 / 0.2 / 0.3');
  });

  it('warns loudly about a smoke run and about problems', () => {
    const result = {
      ...makeResult(),
      settings: { ...makeResult().settings, mode: 'smoke' as const },
      problems: ['GET /me session-memory: INVALID — 3 non-2xx responses (3× 401)'],
    };
    const warned = renderRequestTable(result);
    expect(warned).toContain('> ⚠️ Not a full run');
    expect(warned).toContain('> ⚠️ GET /me session-memory: INVALID — 3 non-2xx responses (3× 401)');
  });
});

describe('renderLoginAndBytesTables', () => {
  const tables = renderLoginAndBytesTables(makeResult());

  it('shows login throughput', () => {
    expect(tables).toContain('| session-api, memory store | 12.5 | 310.0 | 420.0 |');
  });

  it('shows the bytes each credential adds to a request', () => {
    expect(tables).toContain(
      '| session-api, memory store | `Cookie: authlab.sid=<43 chars>` | 60 |',
    );
  });
});

describe('formatting', () => {
  it('writes negative overheads with a minus sign', () => {
    expect(formatOverhead(-3.4)).toBe('−3 µs');
    expect(formatOverhead(-0.4)).toBe('0 µs');
    expect(formatOverhead(1234.5)).toBe('1,235 µs');
  });

  it('says when a target could not be checked', () => {
    expect(formatTarget({ minRatioToBare: 0.33, pass: null })).toBe('≥ 0.33: not measured');
    expect(formatTarget(null)).toBe('—');
  });
});

describe('replaceBlock', () => {
  const page = 'intro\n<!-- bench:table -->\nold table\n<!-- /bench:table -->\noutro\n';

  it('replaces only what lies between the markers', () => {
    expect(replaceBlock(page, 'table', 'new table')).toBe(
      'intro\n<!-- bench:table -->\nnew table\n<!-- /bench:table -->\noutro\n',
    );
  });

  it('is idempotent', () => {
    const once = replaceBlock(page, 'table', 'new');
    expect(replaceBlock(once, 'table', 'new')).toBe(once);
  });

  it('refuses a page without the block', () => {
    expect(() => replaceBlock(page, 'login', 'x')).toThrow(/bench:login/);
    expect(() =>
      replaceBlock('<!-- /bench:table --> <!-- bench:table -->', 'table', 'x'),
    ).toThrow();
  });

  it('refuses a page with the block twice', () => {
    expect(() => replaceBlock(`${page}${page}`, 'table', 'x')).toThrow(/more than one/);
  });

  it('fills the three generated blocks of the performance page', () => {
    const document = `${page}<!-- bench:login -->\n<!-- /bench:login -->\n<!-- bench:micro -->\n<!-- /bench:micro -->\n`;
    const rendered = renderPerformancePage(document, makeResult());
    expect(rendered).toContain('| bare Koa route (the floor) | 50,000');
    expect(rendered).toContain('logins/s');
    expect(rendered).toContain('| verify HS256, KeyObject | 6.10 |');
    expect(rendered.startsWith('intro\n')).toBe(true);
  });
});
