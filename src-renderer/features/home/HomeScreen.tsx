import { CasesScreen } from '../cases/CasesScreen';
import type { TagPickerSlot } from '../cases/CaseFieldsSection';
import { TagPicker } from '../catalog/TagPicker';
import '../../styles/cases.css';

/**
 * Cases carry tags as catalog ids plus a note per id; the picker works with {target, note} pairs. The record's
 * own violation types and domestic provisions seed the picker's suggestions (CC 174 suggests ICCPR 19).
 */
const treatyTagPicker: TagPickerSlot = ({ value, notes, onChange, label }) => (
  <TagPicker
    label={label}
    value={value.map((target) => (notes[target] ? { target, note: notes[target] } : { target }))}
    suggestFrom={value}
    onChange={(tags) =>
      onChange(
        tags.map((tag) => tag.target),
        Object.fromEntries(tags.filter((tag) => tag.note).map((tag) => [tag.target, tag.note!])),
      )
    }
  />
);

/** The unlocked home is the Cases area: the list with search, or the case being edited. */
export function HomeScreen() {
  return <CasesScreen tagPicker={treatyTagPicker} />;
}
