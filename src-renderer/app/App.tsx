import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { tamga } from '../platform/tamga-client';
import { useSession, type Screen } from '../features/vault/session-store';
import { CreateVaultScreen } from '../features/vault/CreateVaultScreen';
import { RecoveryKitScreen } from '../features/vault/RecoveryKitScreen';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { RecoverScreen } from '../features/vault/RecoverScreen';
import { SetPassphraseScreen } from '../features/vault/SetPassphraseScreen';
import { SettingsScreen } from '../features/vault/SettingsScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { EvidenceScreen } from '../features/evidence/EvidenceScreen';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { CatalogScreen } from '../features/catalog/CatalogScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { TopBar } from './TopBar';
import { WriterLostNotice } from '../records/WriterLostNotice';
import { reportActivity } from './activity-reporter';
import { bindRoute } from './route-binding';

const screens: Record<Exclude<Screen, 'loading'>, () => React.JSX.Element | null> = {
  create: CreateVaultScreen,
  recoveryKit: RecoveryKitScreen,
  unlock: UnlockScreen,
  recover: RecoverScreen,
  setPassphrase: SetPassphraseScreen,
  home: HomeScreen,
  people: PeopleScreen,
  evidence: EvidenceScreen,
  catalog: CatalogScreen,
  reports: ReportsScreen,
  settings: SettingsScreen,
};

export function App() {
  const { t } = useTranslation();
  const screen = useSession((s) => s.screen);

  useEffect(() => {
    const client = tamga();
    void useSession.getState().refresh();
    const stopListening = client.on('vault.locked', ({ reason }) => useSession.getState().locked(reason));
    const stopReporting = reportActivity(client);
    const route = bindRoute();
    return () => {
      stopListening();
      stopReporting();
      route.dispose();
    };
  }, []);

  const Current = screen === 'loading' ? undefined : screens[screen];
  return (
    <>
      <a className="skip-link" href="#content">
        {t('nav.skipToContent')}
      </a>
      <TopBar />
      <main id="content" className="content">
        <WriterLostNotice />
        {Current ? (
          <Current />
        ) : (
          <p className="working" role="status">
            {t('status.loading')}
          </p>
        )}
      </main>
    </>
  );
}
