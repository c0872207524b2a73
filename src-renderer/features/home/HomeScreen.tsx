import { useTranslation } from 'react-i18next';
import { useSession } from '../vault/session-store';

export function HomeScreen() {
  const { t } = useTranslation();
  const unlockedAt = useSession((s) => s.unlockedAt);
  return (
    <div className="page stack">
      <h1>{t('home.title')}</h1>
      {unlockedAt && <p className="muted">{t('home.lastUnlocked', { time: unlockedAt, formatParams: { time: { dateStyle: 'long', timeStyle: 'short' } } })}</p>}
      <div className="empty-state">
        <p>{t('home.empty')}</p>
      </div>
    </div>
  );
}
