import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/i18n/format';

/**
 * Plays straight from the item URL: the host answers Range requests by decrypting only the chunks asked for, so
 * seeking in a 4 GB video reads a few chunks, and nothing is copied out of the vault (I5).
 */
export function MediaPlayer({ kind, src }: { kind: 'video' | 'audio'; src: string }) {
  const { t, i18n } = useTranslation('viewer');
  const [duration, setDuration] = useState<number | undefined>();
  const [failed, setFailed] = useState(false);
  const common = {
    src,
    controls: true,
    preload: 'metadata' as const,
    'data-testid': 'media-player',
    onLoadedMetadata: (event: { currentTarget: HTMLMediaElement }) => {
      const seconds = event.currentTarget.duration;
      setDuration(Number.isFinite(seconds) ? seconds : undefined);
    },
    onError: () => setFailed(true),
  };
  return (
    <div className="media-player">
      {kind === 'video' ? <video {...common} /> : <audio {...common} />}
      <p>
        {t('media.duration')}: <span data-testid="media-duration">{duration === undefined ? t('media.unknownDuration') : formatDuration(duration, i18n.language)}</span>
      </p>
      {failed && (
        <p className="notice notice-error" role="alert">
          {t('media.failed')}
        </p>
      )}
    </div>
  );
}

/** h:mm:ss.s with the reader's digits; fractions matter for short clips (a 0.8 s recording is not "0:00"). */
export function formatDuration(seconds: number, language: string): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = seconds - h * 3600 - m * 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${formatNumber(s, language, { minimumIntegerDigits: 2, maximumFractionDigits: 1, minimumFractionDigits: 1 })}`;
}
