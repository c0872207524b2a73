import { useTranslation } from 'react-i18next';
import { AutoLockSection } from './AutoLockSection';
import { BackupSection } from './BackupSection';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { PanicWipeSection } from './PanicWipeSection';
import { CheckBundleSection } from '../senders/CheckBundleSection';
import { KnownSendersSection } from '../senders/KnownSendersSection';
import { ReceiveBundleSection } from '../receive/ReceiveBundleSection';

export function SettingsScreen() {
  const { t } = useTranslation('vault');
  return (
    <div className="page stack">
      <h1>{t('settings.title')}</h1>
      <ChangePassphraseSection />
      <AutoLockSection />
      <BackupSection />
      <KnownSendersSection />
      <CheckBundleSection />
      <ReceiveBundleSection />
      <PanicWipeSection />
    </div>
  );
}
