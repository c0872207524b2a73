import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFields } from './case-form';
import type { TagPickerSlot } from './CaseFieldsSection';
import { SaveError } from './SaveError';
import { TagList } from './TagList';
import type { Autosave } from './use-autosave';

type Props = { form: Autosave<CaseFields>; tagPicker?: TagPickerSlot };

/** The articles and categories the case as a whole engages; events and excerpts carry their own. */
export function CaseTagsSection({ form, tagPicker }: Props) {
  const { t } = useTranslation('cases');
  const headingId = useId();
  const { value, change } = form;
  // A missing title is said where the title is typed; here only what concerns the tags.
  const error = form.state.phase === 'error' && form.state.error?.details?.field !== 'title' ? form.state.error : undefined;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sections.tags')}</h2>
      <p className="muted">{t('sections.tagsIntro')}</p>
      <div className="field tag-slot" data-slot="tag-picker">
        {tagPicker ? (
          tagPicker({ value: value.tags, notes: value.tagNotes, label: t('field.tags'), onChange: (tags, tagNotes) => change((previous) => ({ ...previous, tags, tagNotes })) })
        ) : (
          <TagList tags={value.tags} />
        )}
      </div>
      <SaveError error={error} />
    </section>
  );
}
