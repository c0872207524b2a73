/**
 * Status words monitors use in en/ru/kk sheets. Recognised ones become the stable values 'open' and 'closed';
 * anything else ("на рассмотрении в суде") is kept exactly as written rather than forced into a bucket, and the
 * records layer decides what to do with it.
 */
import { foldLabel } from './column-mapping';

const statusWords: Record<'open' | 'closed', readonly string[]> = {
  open: ['open', 'opened', 'active', 'ongoing', 'открыт', 'открыто', 'открытое', 'открыта', 'в работе', 'активно', 'ашық', 'ашылған', 'жұмыста'],
  closed: ['closed', 'resolved', 'done', 'закрыт', 'закрыто', 'закрытое', 'закрыта', 'завершено', 'жабық', 'жабылған', 'аяқталған'],
};

/** An empty status means nobody closed the case yet, so it is open. */
export function readCaseStatus(text: string): string {
  const folded = foldLabel(text);
  if (folded === '') return 'open';
  for (const [status, words] of Object.entries(statusWords)) if (words.includes(folded)) return status;
  return text.trim();
}
