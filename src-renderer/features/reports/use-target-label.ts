import { useCallback } from 'react';
import type { ReportProject } from '../../../shared/model';
import { targetLabel } from '../../../shared/report/report-target';
import { useTranslate } from '../../i18n/use-translate';
import { useCatalogStore } from '../catalog/catalog-store';

/** "Universal Periodic Review, cycle 4", "CCPR: review under the ICCPR", in the reader's language. */
export function useTargetLabel(): (project: Pick<ReportProject, 'target'>) => string {
  const { lang, translate } = useTranslate();
  const catalog = useCatalogStore((s) => s.catalog);
  return useCallback(({ target }) => targetLabel(target, catalog, lang, translate), [catalog, lang, translate]);
}
