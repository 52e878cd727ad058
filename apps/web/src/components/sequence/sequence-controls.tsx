/**
 * Step through a run: first, back, forward, last, and auto-play. A toolbar of plain buttons, so it
 * works with the keyboard alone; the position is announced politely to screen readers.
 */
import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

export const AUTO_PLAY_INTERVAL_MS = 1200;

interface SequenceControlsProps {
  readonly position: number;
  readonly total: number;
  readonly playing: boolean;
  readonly onPositionChange: (position: number) => void;
  readonly onPlayingChange: (playing: boolean) => void;
}

export function SequenceControls({
  position,
  total,
  playing,
  onPositionChange,
  onPlayingChange,
}: SequenceControlsProps) {
  const { t } = useI18n();
  const last = total - 1;

  useEffect(() => {
    if (!playing) return;
    if (position >= last) {
      onPlayingChange(false);
      return;
    }
    const timer = setTimeout(() => onPositionChange(position + 1), AUTO_PLAY_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [playing, position, last, onPositionChange, onPlayingChange]);

  const togglePlay = () => {
    if (!playing && position >= last) onPositionChange(0);
    onPlayingChange(!playing);
  };

  return (
    <div className="sequence-controls" role="toolbar" aria-label={t('sequence.controls')}>
      <button
        type="button"
        onClick={() => onPositionChange(0)}
        disabled={total === 0 || position <= 0}
      >
        <span aria-hidden="true">⇤</span> {t('sequence.first')}
      </button>
      <button
        type="button"
        onClick={() => onPositionChange(position - 1)}
        disabled={total === 0 || position <= 0}
      >
        <span aria-hidden="true">←</span> {t('sequence.back')}
      </button>
      <button
        type="button"
        onClick={() => onPositionChange(position + 1)}
        disabled={total === 0 || position >= last}
      >
        {t('sequence.forward')} <span aria-hidden="true">→</span>
      </button>
      <button
        type="button"
        onClick={() => onPositionChange(last)}
        disabled={total === 0 || position >= last}
      >
        {t('sequence.last')} <span aria-hidden="true">⇥</span>
      </button>
      <button type="button" onClick={togglePlay} disabled={total === 0} aria-pressed={playing}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        {playing ? t('sequence.pause') : t('sequence.autoplay')}
      </button>
      <span className="sequence-controls__position" aria-live="polite">
        {total === 0
          ? t('sequence.noEvents')
          : t('sequence.position', { current: position + 1, total })}
      </span>
    </div>
  );
}
