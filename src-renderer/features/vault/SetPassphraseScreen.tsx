import { useTranslation } from 'react-i18next';
import { NewPassphraseForm } from './NewPassphraseForm';
import { useSession } from './session-store';

export function SetPassphraseScreen() {
  const { t } = useTranslation('vault');
  const setPassphrase = useSession((s) => s.setPassphrase);
  return (
    <section className="card narrow" aria-labelledby="set-passphrase-title">
      <h1 id="set-passphrase-title">{t('setPassphrase.title')}</h1>
      <p>{t('setPassphrase.intro')}</p>
      <NewPassphraseForm submitLabel={t('setPassphrase.submit')} workingLabel={t('create.working')} onSubmit={setPassphrase} />
    </section>
  );
}
