// Gathers what the dossier shows about one case: its records from the working copy, and for each attached item the
// vault's name, hash and custody entries (from main, over the one IPC contract). The words come from i18n.
import type { Catalog } from '../../../shared/catalog';
import type { Audience } from '../../../shared/export/case-disclosure';
import { buildCaseDossier, type DossierExhibit } from '../../../shared/export/case-dossier';
import type { PrintableDocument } from '../../../shared/export/printable-document';
import type { Language } from '../../../shared/i18n/resources';
import type { Translate } from '../../../shared/i18n/translate';
import { TamgaError } from '../../../shared/result';
import type { CasesRecords } from '../cases/cases-records';
import { loadCase } from '../cases/load-case';
import { tamga } from '../../platform/tamga-client';

type Options = { audience: Audience; lang: Language; t: Translate; catalog: Catalog };

async function exhibitsOf(records: CasesRecords, caseId: string): Promise<DossierExhibit[]> {
  const attached = [...(await records.caseItems.listByCase(caseId))].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const unique = [...new Map(attached.map((caseItem) => [caseItem.itemId, caseItem])).values()];
  if (unique.length === 0) return [];
  const listed = await tamga().invoke('evidence.list', {});
  if (!listed.ok) throw new TamgaError(listed.error.code, listed.error.details);
  const items = new Map(listed.value.map((item) => [item.id, item]));
  return Promise.all(
    unique.map(async (caseItem) => {
      const item = items.get(caseItem.itemId);
      // An item gone from the vault keeps what the case recorded when it was attached, and has no custody to show.
      const custody = item ? await tamga().invoke('evidence.custody', { itemId: item.id }) : undefined;
      if (custody && !custody.ok) throw new TamgaError(custody.error.code, custody.error.details);
      return {
        itemId: caseItem.itemId,
        fileName: item?.originalName ?? caseItem.snapshot.originalName ?? caseItem.itemId,
        sha256: item?.sha256 ?? caseItem.snapshot.sha256 ?? '',
        custody: custody?.value ?? [],
      };
    }),
  );
}

export async function loadDossier(records: CasesRecords, caseId: string, options: Options): Promise<PrintableDocument> {
  const [loaded, exhibits] = await Promise.all([loadCase(records, caseId), exhibitsOf(records, caseId)]);
  if (!loaded.record) throw new TamgaError('records.missing', { table: 'cases', id: caseId });
  return buildCaseDossier({ case: loaded.record, ...loaded }, exhibits, { ...options, generatedAt: new Date().toISOString() });
}

/** A file name that says what and when, never who: it travels in e-mails and on USB sticks. */
export const dossierFileName = (audience: Audience, caseId: string): string =>
  `tamga-dossier-${audience}-${new Date().toISOString().slice(0, 10)}-${caseId.slice(0, 8)}.docx`;
