/**
 * Small display helpers shared by the panels: durations, clock offsets, local times, countdowns
 * and shortened values. Values are shortened for layout only; the full value stays one click away.
 */

export function formatDuration(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `+16 min`, `+1 h 01 min`, `+30 d 0 h 01 min`, `0`. */
export function formatOffset(seconds: number): string {
  if (seconds === 0) return '0';
  const sign = seconds < 0 ? '−' : '+';
  let rest = Math.abs(seconds);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} d`);
  if (days > 0 || hours > 0) parts.push(`${hours} h`);
  parts.push(days > 0 || hours > 0 ? `${String(minutes).padStart(2, '0')} min` : `${minutes} min`);
  return `${sign}${parts.join(' ')}`;
}

/** `mm:ss` or `h:mm:ss` until `targetMs`; negative when past. */
export function formatCountdown(remainingMs: number): string {
  const sign = remainingMs < 0 ? '−' : '';
  const total = Math.floor(Math.abs(remainingMs) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${sign}${hours}:${mmss}` : `${sign}${mmss}`;
}

export function formatLocalTime(epochMs: number, language: string): string {
  return new Date(epochMs).toLocaleString(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

export function shorten(value: string, keep = 24): string {
  return value.length <= keep ? value : `${value.slice(0, keep)}…`;
}

export function toEpochMs(value: string | number): number {
  return typeof value === 'number' ? value : new Date(value).getTime();
}
