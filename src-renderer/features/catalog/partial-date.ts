// Catalog and record dates may be partial ("2007", "2020-09"); the shared formatter keeps their precision and
// writes Kazakh itself, since Chromium has no Kazakh date data.
export { formatPartialDate } from '../../../shared/i18n/format';
