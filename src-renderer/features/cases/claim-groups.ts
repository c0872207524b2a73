// Claims gathered by the fact they are about, and within a fact by what they say. Two sources that give the same
// value agree and share one place; different values are a conflict, each kept with its own sources. Nothing is
// averaged or chosen: which figure holds is for the legal team to weigh (domain notes, conflicting claims).
import { earliest, latest, type Claim } from '../../../shared/model';
import { searchKey } from '../../../shared/text';

export type ClaimValueGroup = { key: string; value: Claim['value']; claims: Claim[] };
export type ClaimGroup = { key: string; field: string; eventId?: string; values: ClaimValueGroup[]; isConflict: boolean };

/** "Deaths" and "deaths ", «Погибшие» and "Pogibshie" are one fact each; the first spelling used names it. */
const fieldKey = (claim: Claim): string => `${claim.eventId ?? ''}\u0000${searchKey(claim.field)}`;

/** Equal keys mean the same statement: "at least 12" is not "12", and "June 2020" is not "2020-06-01". */
export function claimValueKey(value: Claim['value']): string {
  switch (value.type) {
    case 'count':
      return `count:${value.count.qualifier}:${value.count.value}`;
    case 'date':
      return `date:${value.date.precision}:${earliest(value.date)}:${latest(value.date)}`;
    case 'text':
      return `text:${searchKey(value.text)}`;
  }
}

/** Facts in the order first claimed, values in the order first given, so adding a claim never reshuffles the view. */
export function groupClaims(claims: readonly Claim[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const claim of claims) {
    const key = fieldKey(claim);
    let group = groups.get(key);
    if (!group) {
      group = { key, field: claim.field, values: [], isConflict: false, ...(claim.eventId ? { eventId: claim.eventId } : {}) };
      groups.set(key, group);
    }
    const valueKey = claimValueKey(claim.value);
    const same = group.values.find((v) => v.key === valueKey);
    if (same) same.claims.push(claim);
    else group.values.push({ key: valueKey, value: claim.value, claims: [claim] });
    group.isConflict = group.values.length > 1;
  }
  return [...groups.values()];
}
