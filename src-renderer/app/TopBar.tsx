import { useTranslation } from 'react-i18next';
import { useSession, type UnlockedScreen } from '../features/vault/session-store';
import { leaveEditor, useCasesView } from '../features/cases/cases-view-store';
import { useEvidenceView } from '../features/evidence/evidence-view-store';
import { LanguageSwitch } from './LanguageSwitch';
import { SealMark } from './SealMark';
import { PadlockIcon } from './PadlockIcon';

const NAVIGATION: { screen: UnlockedScreen; label: 'nav.cases' | 'nav.people' | 'nav.evidence' | 'nav.catalog' | 'nav.reports' | 'nav.settings' }[] = [
  { screen: 'home', label: 'nav.cases' },
  { screen: 'people', label: 'nav.people' },
  { screen: 'evidence', label: 'nav.evidence' },
  { screen: 'catalog', label: 'nav.catalog' },
  { screen: 'reports', label: 'nav.reports' },
  { screen: 'settings', label: 'nav.settings' },
];

export function TopBar() {
  const { t } = useTranslation();
  const screen = useSession((s) => s.screen);
  // While the recovery kit or a new passphrase is pending, the only way on is through that screen.
  const isUnlocked = useSession((s) => s.keys !== undefined) && screen !== 'recoveryKit' && screen !== 'setPassphrase';
  const navigate = useSession((s) => s.navigate);
  const lock = useSession((s) => s.lock);
  // Cases while a case (or one of its items) is open goes to the list; from elsewhere it returns to the case.
  // Evidence while an item's page is open goes to the list of items the same way.
  const go = (target: UnlockedScreen) =>
    leaveEditor(() => {
      if (target === 'home' && screen === 'home') useCasesView.getState().close();
      if (target === 'evidence' && screen === 'evidence') useEvidenceView.getState().closeItem();
      navigate(target);
    });
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
          {NAVIGATION.map(({ screen: target, label }) => (
            <button key={target} type="button" aria-current={screen === target ? 'page' : undefined} onClick={() => void go(target)}>
              {t(label)}
            </button>
          ))}
        </nav>
      )}
      <div className="top-bar-end">
        <LanguageSwitch />
        {isUnlocked && (
          <button type="button" className="lock-button" onClick={() => void lock()}>
            <PadlockIcon /> {t('nav.lock')}
          </button>
        )}
      </div>
    </header>
  );
}
