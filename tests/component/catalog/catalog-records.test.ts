import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId, parseApproximateDate } from '../../../shared/model';
import { catalogRecordsOf } from '../../../src-renderer/features/catalog/catalog-records';
import { countByYear } from '../../../src-renderer/features/catalog/tagged-records';
import { openRecords, type Records } from '../../../src-renderer/records';
import { makeRecordKeys, uniqueDatabaseName } from '../records/record-test-kit';

const open: Records[] = [];
afterEach(() => open.splice(0).forEach((r) => r.dispose()));

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}
const date = (text: string) => unwrap(parseApproximateDate(text, 'ru'));

async function records(): Promise<Records> {
  const opened = await openRecords(await makeRecordKeys(), { name: uniqueDatabaseName('catalog-records') });
  open.push(opened);
  return opened;
}

async function built(r: Records) {
  const [cases, events, excerpts, caseItems] = await Promise.all([r.cases.list(), r.events.list(), r.excerpts.list(), r.caseItems.list()]);
  return catalogRecordsOf({ cases, events, excerpts, caseItems });
}

describe('catalog records', () => {
  it('counts a case under the year of its earliest dated event when it has no period of its own', async () => {
    const r = await records();
    const kase = unwrap(await r.cases.save({ title: 'Разгон мирного собрания', tags: ['ICCPR-21'] }));
    unwrap(await r.events.save({ caseId: kase.id, type: 'detention', description: 'Задержание', when: date('весна 2021') }));
    unwrap(await r.events.save({ caseId: kase.id, type: 'verdict', description: 'Приговор', when: date('10.01.2021') }));
    unwrap(await r.events.save({ caseId: kase.id, type: 'other', description: 'Без даты' }));
    const undated = unwrap(await r.cases.save({ title: 'Дело без дат', tags: ['ICCPR-21'] }));

    const { tagged } = await built(r);
    expect(tagged.find((t) => t.id === kase.id)?.date).toBe('2021-01-10');
    expect(tagged.find((t) => t.id === undated.id)?.date).toBeUndefined();
    expect(countByYear(tagged).map(({ year, case: cases }) => [year, cases])).toEqual([
      ['2021', 1],
      [undefined, 1],
    ]);
  });

  it('keeps a case’s own period before its events', async () => {
    const r = await records();
    const kase = unwrap(await r.cases.save({ title: 'Запрет на деятельность', tags: ['ICCPR-22'], period: date('2019') }));
    unwrap(await r.events.save({ caseId: kase.id, type: 'other', description: 'Продление запрета', when: date('март 2022') }));
    expect((await built(r)).tagged.find((t) => t.id === kase.id)?.date).toBe('2019-01-01');
  });

  it('opens an excerpt drawn outside any case in a case its item is attached to', async () => {
    const r = await records();
    const kase = unwrap(await r.cases.save({ title: 'Арест журналиста' }));
    const itemId = newRecordId();
    unwrap(await r.caseItems.save({ caseId: kase.id, itemId, snapshot: { originalName: 'решение.pdf' } }));
    const drawn = unwrap(await r.excerpts.save({ itemId, page: 2, quote: 'Суд постановил', tags: ['ICCPR-14'], createdAt: new Date().toISOString() }));
    const { tagged, caseOf } = await built(r);
    expect(caseOf.get(drawn.id)).toBe(kase.id);
    expect(tagged.find((t) => t.id === drawn.id)?.title).toBe('«Суд постановил» — решение.pdf — p. 2');
  });
});
