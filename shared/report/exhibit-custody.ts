// One line of an exhibit's custody for the annex, in the words the case dossier uses for the same summary: when it
// was sealed, how many entries, how often exported, and what the last check found.
import { summarizeCustody } from '../export/custody-summary';
import { formatDateTime } from '../i18n/format';
import type { Translate } from '../i18n/translate';
import type { CustodyEvent } from '../ipc/channels/vault';

export function custodyLine(events: readonly CustodyEvent[], lang: string, t: Translate): string {
  const summary = summarizeCustody(events);
  if (summary.entries === 0) return t('dossier:custody.none');
  const day = (at: string) => formatDateTime(at, lang, { date: 'medium' });
  const verified = summary.lastVerified;
  return [
    summary.importedAt ? t('dossier:custody.imported', { date: day(summary.importedAt) }) : undefined,
    t('dossier:custody.entries', { count: summary.entries }),
    summary.exports > 0 ? t('dossier:custody.exported', { count: summary.exports }) : undefined,
    verified ? (verified.isIntact ? t('dossier:custody.intact', { date: day(verified.at) }) : t('dossier:custody.damaged', { date: day(verified.at) })) : t('dossier:custody.neverVerified'),
  ]
    .filter(Boolean)
    .join('; ');
}
