// How a report names whom it is for: "Universal Periodic Review, cycle 4", "CCPR: review under the ICCPR".
import { shortNameOf } from '../catalog/short-names';
import type { Catalog } from '../catalog/types';
import type { Language } from '../i18n/resources';
import type { Translate } from '../i18n/translate';
import type { ReportTarget } from '../model';

export function targetLabel(target: ReportTarget, catalog: Catalog, lang: Language, t: Translate): string {
  switch (target.kind) {
    case 'upr':
      return t('report:target.upr', { cycle: target.cycle });
    case 'treaty-body': {
      const mechanism = catalog.entries.get(target.mechanismId);
      const instrument = catalog.entries.get(target.instrumentId);
      return t('report:target.treaty-body', {
        mechanism: mechanism?.kind === 'mechanism' ? mechanism.shortName : target.mechanismId,
        instrument: instrument?.kind === 'instrument' ? shortNameOf(instrument, lang) : target.instrumentId,
      });
    }
    case 'thematic':
      return t('report:target.thematic', { theme: target.theme });
  }
}
