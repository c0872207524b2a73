import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { setupI18n } from './i18n/setup';
import { guardFormState } from './platform/form-state-guard';
import { bindRecordsToSession } from './records';
import { gazetteerSynonyms } from '../shared/catalog';
import { bindVocabulariesToRecords } from './features/catalog/vocabulary-persistence';
import { forgetOnLock } from './app/forget-on-lock';
import './styles/app.css';

// Records open at unlock and close at lock for the life of the page; place names expand through the gazetteer.
bindRecordsToSession({ synonyms: gazetteerSynonyms().map((group) => [...group]) });
bindVocabulariesToRecords();
forgetOnLock();

const root = document.getElementById('root')!;
guardFormState(root);

void setupI18n().then((i18n) =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  ),
);
