import { describe, expect, it } from 'vitest';
import { findChromium, MISSING_CHROMIUM_MESSAGE } from '../../scripts/find-chromium.ts';

const EXISTING_FILE = process.execPath;

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: EXISTING_FILE }, ['/nowhere/chromium'])).toBe(
      EXISTING_FILE,
    );
  });

  it('accepts PUPPETEER_EXECUTABLE_PATH', () => {
    expect(findChromium({ PUPPETEER_EXECUTABLE_PATH: EXISTING_FILE }, [])).toBe(EXISTING_FILE);
  });

  it('refuses a path from the environment that does not exist', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chromium' }, [])).toThrow(
      /not found at \/nowhere/,
    );
  });

  it('falls back to the first candidate that exists', () => {
    expect(findChromium({}, ['/nowhere/chromium', EXISTING_FILE])).toBe(EXISTING_FILE);
  });

  it('says how to install Chromium when there is none', () => {
    expect(() => findChromium({}, ['/nowhere/chromium'])).toThrow(MISSING_CHROMIUM_MESSAGE);
    expect(MISSING_CHROMIUM_MESSAGE).toContain('sudo apt-get install chromium');
  });
});
