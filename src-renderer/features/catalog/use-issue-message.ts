import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyIssue, VocabularyIssueKey } from '../../../shared/catalog';

type Params = Record<string, string> | undefined;

/** A vocabulary issue as a sentence in the UI language. Literal keys, so a missing translation fails the build checks. */
export function useIssueMessage(): (issue: VocabularyIssue) => string {
  const { t } = useTranslation('catalog');
  return useCallback(
    (issue: VocabularyIssue) => {
      // Exhaustive over VocabularyIssueKey: a new issue key does not compile until it has a message here.
      const messages = {
        'vocabulary.wrongType': () => t('vocabulary.wrongType'),
        'vocabulary.missingField': () => t('vocabulary.missingField'),
        'vocabulary.unknownField': (p: Params) => t('vocabulary.unknownField', { fields: p?.fields ?? '' }),
        'vocabulary.invalidValue': () => t('vocabulary.invalidValue'),
        'vocabulary.badFormat': () => t('vocabulary.badFormat'),
        'vocabulary.empty': () => t('vocabulary.empty'),
        'vocabulary.unsupportedVersion': (p: Params) => t('vocabulary.unsupportedVersion', { supported: p?.supported ?? '' }),
        'vocabulary.duplicateId': (p: Params) => t('vocabulary.duplicateId', { id: p?.id ?? '' }),
        'vocabulary.idOutsideNamespace': (p: Params) => t('vocabulary.idOutsideNamespace', { namespace: p?.namespace ?? '' }),
        'vocabulary.unknownReference': (p: Params) => t('vocabulary.unknownReference', { id: p?.id ?? '' }),
        'vocabulary.droppedId': (p: Params) => t('vocabulary.droppedId', { id: p?.id ?? '' }),
        'vocabulary.kindNeedsNewerFormat': (p: Params) => t('vocabulary.kindNeedsNewerFormat', { kind: p?.kind ?? '', version: p?.version ?? '' }),
        'vocabulary.fieldNotForKind': (p: Params) => t('vocabulary.fieldNotForKind', { field: p?.field ?? '', kind: p?.kind ?? '' }),
        'vocabulary.notAnInstrument': (p: Params) => t('vocabulary.notAnInstrument', { id: p?.id ?? '' }),
      } satisfies Record<VocabularyIssueKey, (params: Params) => string>;
      return messages[issue.key](issue.params);
    },
    [t],
  );
}

/** ["entries", 0, "label"] → "entries[0].label", the way the file's author would find it in an editor. */
export function formatIssuePath(path: VocabularyIssue['path']): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
