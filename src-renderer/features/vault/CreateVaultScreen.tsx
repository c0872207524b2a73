import { useTranslation } from 'react-i18next';
import { NewPassphraseForm } from './NewPassphraseForm';
import { useSession } from './session-store';

export function CreateVaultScreen() {
  const { t } = useTranslation('vault');
  const create = useSession((s) => s.create);
  return (
    <section className="card narrow" aria-labelledby="create-title">
      <h1 id="create-title">{t('create.title')}</h1>
      <p>{t('create.intro')}</p>
      <NewPassphraseForm submitLabel={t('create.submit')} workingLabel={t('create.working')} onSubmit={create}>
        <p className="notice notice-warning">{t('create.warning')}</p>
      </NewPassphraseForm>
    </section>
  );
}
