import { useTranslation } from 'react-i18next';
import { useSession } from '../features/vault/session-store';
import { LanguageSwitch } from './LanguageSwitch';
import { SealMark } from './SealMark';

export function TopBar() {
  const { t } = useTranslation();
  const isUnlocked = useSession((s) => s.keys !== undefined);
  const screen = useSession((s) => s.screen);
  const navigate = useSession((s) => s.navigate);
  const lock = useSession((s) => s.lock);
  return (
    <header className="top-bar">
      <div className="brand">
        <SealMark />
        <div>
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
      </div>
      {isUnlocked && (
        <nav aria-label={t('nav.main')} className="main-nav">
          <button type="button" aria-current={screen === 'home' ? 'page' : undefined} onClick={() => navigate('home')}>
            {t('nav.cases')}
          </button>
          <button type="button" aria-current={screen === 'settings' ? 'page' : undefined} onClick={() => navigate('settings')}>
            {t('nav.settings')}
          </button>
        </nav>
      )}
      <div className="top-bar-end">
        <LanguageSwitch />
        {isUnlocked && (
          <button type="button" className="lock-button" onClick={() => void lock()}>
            <span aria-hidden="true">🔒</span> {t('nav.lock')}
          </button>
        )}
      </div>
    </header>
  );
}
