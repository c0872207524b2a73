import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogBrowser } from '../../../src-renderer/features/catalog/CatalogBrowser';
import { useCatalogStore } from '../../../src-renderer/features/catalog/catalog-store';
import type { TaggedRecord } from '../../../src-renderer/features/catalog/tagged-records';
import { renderWithI18n as renderCatalog } from '../render-app';

const records: TaggedRecord[] = [
  { id: 'case-shymkent', kind: 'case', title: 'Shymkent quarantine protest detentions', date: '2020-06-03', tags: ['ICCPR-21', 'REC-UPR3-KZ-N14', 'KZ-CC-400'] },
  { id: 'event-kettling', kind: 'event', title: 'Kettling in Almaty below zero', date: '2021-01-10', tags: ['ICCPR-21.1', 'VT-KETTLING'] },
  { id: 'excerpt-law', kind: 'excerpt', title: 'Assemblies law: venues fixed by akimats', date: '2020', tags: ['ICCPR-21'] },
  { id: 'case-undated', kind: 'case', title: 'Single picket, Oral', tags: ['ICCPR-21'] },
  { id: 'case-ilyashev', kind: 'case', title: 'Ilyashev false-information case', date: '2020-04-17', tags: ['ICCPR-19', 'REC-UPR3-KZ-N14'] },
];

beforeEach(() => useCatalogStore.getState().clear());

async function openIccpr21(onOpenRecord = vi.fn()) {
  const user = userEvent.setup();
  await renderCatalog(<CatalogBrowser taggedRecords={records} onOpenRecord={onOpenRecord} />);
  const nav = screen.getByRole('navigation', { name: 'Instruments' });
  const unTreaties = within(nav).getByRole('region', { name: 'UN treaties' });
  await user.click(within(unTreaties).getByRole('button', { name: 'ICCPR' }));
  await user.click(screen.getByRole('button', { name: /^ICCPR art\. 21 — Peaceful assembly/ }));
  return { user, onOpenRecord, detail: screen.getByRole('region', { name: /ICCPR art\. 21 — Peaceful assembly/ }) };
}

describe('CatalogBrowser', () => {
  it('groups instruments: UN treaties, protocols, ILO, OSCE/CoE, SDG, domestic law', async () => {
    await renderCatalog(<CatalogBrowser taggedRecords={[]} onOpenRecord={vi.fn()} />);
    const nav = screen.getByRole('navigation', { name: 'Instruments' });
    const groups = within(nav).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual([
      'UN treaties',
      'Optional protocols',
      'Other treaties',
      'ILO conventions',
      'OSCE, Council of Europe and standards',
      'Reports, opinions and resolutions',
      'Sustainable Development Goals',
      'Kazakhstan law',
    ]);
    expect(within(within(nav).getByRole('region', { name: 'ILO conventions' })).getByRole('button', { name: 'C087' })).toBeInTheDocument();
    expect(within(within(nav).getByRole('region', { name: 'Kazakhstan law' })).getByRole('button', { name: 'Criminal Code' })).toBeInTheDocument();
  });

  it("shows Kazakhstan's ratification with date and source, and the article list with its type", async () => {
    await openIccpr21();
    const status = screen.getByRole('region', { name: 'Status for Kazakhstan' });
    expect(status).toHaveTextContent('Ratified');
    expect(status).toHaveTextContent('ratified Jan 24, 2006');
    expect(status).toHaveTextContent('Source: Report on Human Rights in Kazakhstan');
    expect(status.textContent).not.toMatch(/\b00[0-3]\b/);
    const article = screen.getByRole('button', { name: /^ICCPR art\. 21 —/ });
    expect(article).toHaveAttribute('aria-current', 'true');
    expect(article).toHaveTextContent('Substantive');
    expect(article).toHaveTextContent('4 tagged');
    expect(screen.getByRole('button', { name: /^ICCPR art\. 2 —/ })).toHaveTextContent('Substantive');
    expect(screen.getByRole('button', { name: /^ICCPR art\. 40 —/ })).toHaveTextContent('Procedural');
  });

  it('shows the records tagged with ICCPR art. 21 (paragraph tags included) and counts them per year', async () => {
    const { user, onOpenRecord, detail } = await openIccpr21();
    const records = within(detail).getByRole('region', { name: 'Tagged records' });
    const table = within(records).getByRole('table', { name: 'Records tagged with ICCPR art. 21, per year' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['2020', '1', '0', '1', '2'],
      ['2021', '0', '1', '0', '1'],
      ['Undated', '1', '0', '0', '1'],
    ]);
    expect(within(records).queryByRole('button', { name: 'Ilyashev false-information case' })).not.toBeInTheDocument();
    await user.click(within(records).getByRole('button', { name: 'Kettling in Almaty below zero' }));
    expect(onOpenRecord).toHaveBeenCalledWith('event-kettling', 'event');
  });

  it('lists the UPR recommendation on assemblies with its response and the cases tagged with both', async () => {
    const { user, onOpenRecord, detail } = await openIccpr21();
    const recs = within(detail).getByRole('region', { name: 'Recommendations' });
    const notification = within(recs)
      .getAllByRole('article')
      .find((a) => a.textContent?.includes('Make assemblies subject to simple notification'));
    expect(notification).toBeDefined();
    const rec = notification!;
    expect(within(rec).getByRole('heading', { level: 5 })).toHaveTextContent('A/HRC/43/10 · UPR');
    expect(rec).toHaveTextContent('Noted');
    // Tagged with the recommendation but not with art. 21, so it is not evidence on this article.
    expect(within(rec).queryByRole('button', { name: 'Ilyashev false-information case' })).not.toBeInTheDocument();
    await user.click(within(rec).getByRole('button', { name: 'Shymkent quarantine protest detentions' }));
    expect(onOpenRecord).toHaveBeenCalledWith('case-shymkent', 'case');

    const repeal = within(recs)
      .getAllByRole('article')
      .find((a) => a.textContent?.includes('Repeal CC arts. 400 and 403'));
    expect(repeal).toHaveTextContent('No case is tagged with both yet.');
  });

  it('shows a treaty-body recommendation with its paragraph and follow-up grades', async () => {
    const user = userEvent.setup();
    await renderCatalog(<CatalogBrowser taggedRecords={[]} onOpenRecord={vi.fn()} initialEntryId="ICCPR-22" />);
    const rec = screen
      .getAllByRole('article')
      .find((a) => a.textContent?.includes('CCPR/C/KAZ/CO/2'));
    expect(within(rec!).getByRole('heading', { level: 5 })).toHaveTextContent('CCPR/C/KAZ/CO/2 para. 54');
    expect(rec).toHaveTextContent('Follow-up grade c: B');
    expect(screen.getByText('No record is tagged with ICCPR art. 22 yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'ICCPR-OP2' }));
    expect(screen.getByText('Choose an article to see tagged records and recommendations.')).toBeInTheDocument();
  });

  it('shows both claims, with their sources, where the seeds disagree (OP2-ICCPR)', async () => {
    const user = userEvent.setup();
    await renderCatalog(<CatalogBrowser taggedRecords={[]} onOpenRecord={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'ICCPR-OP2' }));
    const status = screen.getByRole('region', { name: 'Status for Kazakhstan' });
    expect(status).toHaveTextContent('Sources disagree.');
    const claims = within(status).getAllByRole('listitem').map((li) => li.textContent);
    expect(claims).toHaveLength(2);
    expect(claims[0]).toMatch(
      /Ratified.*signed Sep 23, 2020, ratification law Jan 2, 2021, ratified Mar 24, 2022, in force Jun 24, 2022.*Source: general reference, not from the reports/,
    );
    expect(claims[1]).toMatch(/Signed, not ratified.*ratification law Jan 2, 2021.*Source: Kazakhstan National Monitoring Report.*; Report on Human Rights in Kazakhstan/);
    expect(status.textContent).not.toMatch(/\b00[0-3]\b/);
  });

  it('opens an instrument without listed articles as the tagged entry itself', async () => {
    const user = userEvent.setup();
    const law: TaggedRecord = { id: 'x', kind: 'excerpt', title: 'Notice rules', date: '2020-06', tags: ['KZ-LAW-ASSEMBLIES-2020'] };
    await renderCatalog(<CatalogBrowser taggedRecords={[law]} onOpenRecord={vi.fn()} />, 'ru');
    await user.click(screen.getByRole('button', { name: 'Закон о мирных собраниях 2020' }));
    expect(screen.getByText('Статьи этого документа не перечислены; ставьте тег на сам документ.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Статус для Казахстана' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Notice rules' })).toBeInTheDocument();
  });

  it.each([
    ['en', 'Records tagged with C087 as a whole'],
    ['ru', 'Записи с тегом на документ C087 в целом'],
    ['kk', 'C087 тұтасымен тегтелген жазбалар'],
  ] as const)('%s: lists records tagged with a whole convention on its page, beside its articles', async (language, heading) => {
    const user = userEvent.setup();
    const onOpenRecord = vi.fn();
    const strike: TaggedRecord = { id: 'case-strike', kind: 'case', title: 'Oil workers strike, Zhanaozen', date: '2022-01-04', tags: ['ILO-C087'] };
    const union: TaggedRecord = { id: 'case-union', kind: 'case', title: 'Union refused registration', tags: ['ILO-C087-2'] };
    await renderCatalog(<CatalogBrowser taggedRecords={[strike, union]} onOpenRecord={onOpenRecord} />, language);
    await user.click(screen.getByRole('button', { name: 'C087' }));

    const whole = screen.getByRole('region', { name: heading });
    expect(within(whole).getAllByRole('listitem')).toHaveLength(1);
    // The article-level tag stays with its article, not in the whole-convention list.
    expect(within(whole).queryByRole('button', { name: 'Union refused registration' })).not.toBeInTheDocument();
    await user.click(within(whole).getByRole('button', { name: 'Oil workers strike, Zhanaozen' }));
    expect(onOpenRecord).toHaveBeenCalledWith('case-strike', 'case');
  });
});
