import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { shortNameOf } from '../../../shared/catalog/short-names';
import type { ReportProject } from '../../../shared/model';
import { useCatalogStore } from '../catalog/catalog-store';
import { useCatalogLang } from '../catalog/use-entry-label';

/** "Universal Periodic Review, cycle 4", "CCPR: review under the ICCPR", in the reader's language. */
export function useTargetLabel(): (project: Pick<ReportProject, 'target'>) => string {
  const { t } = useTranslation('report');
  const catalog = useCatalogStore((s) => s.catalog);
  const lang = useCatalogLang();
  return useCallback(
    ({ target }) => {
      switch (target.kind) {
        case 'upr':
          return t('target.upr', { cycle: target.cycle });
        case 'treaty-body': {
          const mechanism = catalog.entries.get(target.mechanismId);
          const instrument = catalog.entries.get(target.instrumentId);
          return t('target.treaty-body', {
            mechanism: mechanism?.kind === 'mechanism' ? mechanism.shortName : target.mechanismId,
            instrument: instrument?.kind === 'instrument' ? shortNameOf(instrument, lang) : target.instrumentId,
          });
        }
        case 'thematic':
          return t('target.thematic', { theme: target.theme });
      }
    },
    [t, catalog, lang],
  );
}
