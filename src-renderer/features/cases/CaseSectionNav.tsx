import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/app-route';
import { CASE_SECTIONS, type CaseSection } from './cases-view-store';

type Props = { caseId: string; current: CaseSection; onShow(section: CaseSection): void };

/** Literal keys, so the key checker sees each one; the switch fails to compile when a section is added. */
function sectionLabel(t: (key: string) => string, section: CaseSection): string {
  switch (section) {
    case 'summary':
      return t('sections.summary');
    case 'events':
      return t('sections.events');
    case 'people':
      return t('sections.people');
    case 'evidence':
      return t('sections.evidence');
    case 'tags':
      return t('sections.tags');
    case 'sources':
      return t('sections.sources');
    case 'history':
      return t('sections.history');
  }
}

/**
 * The case's sections as links: each has its own address, so Back returns to the previous section and a section
 * can be opened in place of another. A plain click stays in the page and lets the editor keep its drafts.
 */
export function CaseSectionNav({ caseId, current, onShow }: Props) {
  const { t } = useTranslation('cases');
  return (
    <nav aria-label={t('sections.label')} className="case-sections">
      <ul>
        {CASE_SECTIONS.map((section) => (
          <li key={section}>
            <a
              href={routeHash({ screen: 'home', caseId, section })}
              aria-current={section === current ? 'page' : undefined}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                onShow(section);
              }}
            >
              {sectionLabel(t, section)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
