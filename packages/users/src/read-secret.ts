/**
 * Reads a secret (a password) from standard input without it ever appearing on screen, in the
 * shell history or in the process list.
 *
 * Teaches: never take a password as a command-line argument (`ps` and shell history show it) or
 * echo it. On a terminal the input is read in raw mode with nothing echoed; from a pipe
 * (`printf '%s' "$PASSWORD" | pnpm users:create …`, or a secret manager) the first line is read.
 *
 * Reference: OWASP Secrets Management Cheat Sheet ("Avoid secrets in command-line arguments");
 * CWE-214 (invocation of process using visible sensitive information).
 */
import { createInterface } from 'node:readline';

const ENTER = new Set(['\r', '\n', '\u0004']);
const CTRL_C = '\u0003';
const BACKSPACE = new Set(['\u007f', '\b']);

function readHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let secret = '';
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(secret);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (ENTER.has(character)) return done();
        if (character === CTRL_C) return done(new Error('Cancelled.'));
        if (BACKSPACE.has(character)) secret = secret.slice(0, -1);
        else secret += character;
      }
    };
    input.on('data', onData);
  });
}

async function readFirstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** The secret typed (hidden) on a terminal, or the first line of piped input. */
export function readSecret(prompt: string): Promise<string> {
  return process.stdin.isTTY ? readHidden(prompt) : readFirstLine();
}
