// The builder as a lawyer uses it: sections in article order with the cases in scope, citing a case from the list
// puts a footnote mark in the narrative and the exhibits in its footnote, the word count refuses to pass the UPR
// limit quietly, and names a publication may not carry are listed with their alias.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportsScreen } from '../../../src-renderer/features/reports/ReportsScreen';
import { useReportsView } from '../../../src-renderer/features/reports/reports-view-store';
import { openRecords, useRecords, type Records } from '../../../src-renderer/records';
import { makeRecordKeys, uniqueDatabaseName } from '../records/record-test-kit';
import { renderWithI18n } from '../render-app';

let records: Records;
beforeEach(async () => {
  records = await openRecords(await makeRecordKeys(), { name: uniqueDatabaseName('reports-ui') });
  useRecords.setState({ records });
});
afterEach(() => {
  records.dispose();
  useRecords.setState({ records: undefined });
  useReportsView.setState({ openProjectId: undefined });
});

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function kettlingCase() {
  const kase = unwrap(await records.cases.save({ title: 'Kettling in Almaty', status: 'verified', tags: ['ICCPR-21'] }));
  unwrap(await records.events.save({ caseId: kase.id, type: 'detention', when: { precision: 'day', year: 2021, month: 1, day: 10 } }));
  const person = unwrap(await records.people.save({ names: [{ text: 'Айгуль Шакибаева', script: 'cyrillic', kind: 'primary' }], consent: 'anonymised-publication' }));
  unwrap(await records.casePeople.save({ caseId: kase.id, personId: person.id, role: 'victim' }));
  unwrap(await records.caseItems.save({ caseId: kase.id, itemId: 'a'.repeat(32), snapshot: { originalName: 'kettle.jpg', sha256: 'ab'.repeat(32) } }));
  return kase;
}

const words = (n: number) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: Array.from({ length: n }, (_, i) => `w${i}`).join(' ') }] }] });

describe('report builder', () => {
  it('creates a CCPR report whose sections follow the Covenant, and cites a case as a footnote with its exhibit', async () => {
    await kettlingCase();
    const user = userEvent.setup();
    await renderWithI18n(<ReportsScreen />);
    await user.click(await screen.findByRole('button', { name: 'New report' }));
    await user.type(screen.getByLabelText('Title'), 'Civic space 2020–2024');
    await user.type(screen.getByLabelText('Reporting period from'), '2020-01-01');
    await user.type(screen.getByLabelText('to'), '2024-12-31');
    await user.type(screen.getByLabelText('Submitting organisations, one per line'), 'KIBHR');
    const picker = screen.getByRole('combobox', { name: 'Articles and recommendations in scope' });
    for (const article of ['ICCPR 21', 'ICCPR 9']) {
      await user.type(picker, article);
      await user.keyboard('{Enter}');
    }
    await user.click(screen.getByRole('button', { name: 'Create report' }));

    const sections = await screen.findAllByRole('region', { name: /^ICCPR art\./ });
    expect(sections.map((s) => within(s).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'ICCPR art. 9: Liberty and security of person; no arbitrary arrest',
      'ICCPR art. 21: Peaceful assembly',
    ]);
    const assembly = sections[1]!;
    expect(within(assembly).getByText('1 case · 1 event · 0 excerpts')).toBeVisible();
    await user.click(within(assembly).getByRole('button', { name: 'Cite the case Kettling in Almaty' }));

    const footnotes = await within(assembly).findByRole('heading', { name: 'Footnotes' });
    expect(footnotes.parentElement!.textContent).toContain('Kettling in Almaty, Jan 10, 2021. See E-1.');
    expect(assembly.querySelector('.narrative-editor sup[data-citation][data-kind="case"]')).not.toBeNull();
    expect(screen.getByText('Someone appears as “Person A”: may be published anonymised.')).toBeVisible();
    expect(screen.getByText('Айгуль Шакибаева → Person A')).toBeVisible();

    await waitFor(async () => {
      const [stored] = await records.reportProjects.list();
      const narrative = stored?.sections.find((s) => s.key === 'ICCPR-21')?.narrative;
      expect(JSON.stringify(narrative)).toContain('"citation"');
    });
  });

  it('shows a UPR submission over its word limit as refused, and a joint one under twice the limit as fine', async () => {
    const kase = await kettlingCase();
    const base = {
      target: { kind: 'upr' as const, cycle: 4 },
      country: 'KZ',
      period: { from: '2019-11-07', to: '2024-06-30' },
      scope: { articles: ['ICCPR-21'] },
    };
    const narrative = words(2_900);
    narrative.content[0]!.content.push({ type: 'citation', attrs: { kind: 'case', id: kase.id } } as never);
    const single = unwrap(await records.reportProjects.save({ ...base, title: 'Single', organisations: ['KIBHR'], sections: [{ key: 'ICCPR-21', articles: ['ICCPR-21'], narrative }] }));
    useReportsView.setState({ openProjectId: single.id });
    const { unmount } = await renderWithI18n(<ReportsScreen />);
    expect(await screen.findByText(/^2,9\d\d of 2,815 words$/)).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(/^Over the limit by \d+ words/);
    expect(screen.getByText('Footnotes are counted.')).toBeVisible();
    unmount();

    const joint = unwrap(await records.reportProjects.save({ ...base, title: 'Joint', organisations: ['KIBHR', 'Adil Soz'], sections: [{ key: 'ICCPR-21', articles: ['ICCPR-21'], narrative }] }));
    useReportsView.setState({ openProjectId: joint.id });
    await renderWithI18n(<ReportsScreen />, 'ru');
    expect(await screen.findByText(/^Слов: 2 9\d\d из 5 630$/)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/Совместное представление/)).toBeVisible();
  });

  it('changes the scope while writing: a new article adds its section, and unverified cases can be let in', async () => {
    await kettlingCase();
    unwrap(await records.cases.save({ title: 'Picket in Oral', status: 'open', tags: ['ICCPR-21'] }));
    const project = unwrap(
      await records.reportProjects.save({ title: 'CCPR', target: { kind: 'treaty-body', mechanismId: 'MECH-CCPR', instrumentId: 'ICCPR' }, country: 'KZ', period: { from: '2020-01-01', to: '2024-12-31' }, organisations: ['KIBHR'], scope: { articles: ['ICCPR-21'] } }),
    );
    useReportsView.setState({ openProjectId: project.id });
    const user = userEvent.setup();
    await renderWithI18n(<ReportsScreen />);
    const assembly = await screen.findByRole('region', { name: 'ICCPR art. 21: Peaceful assembly' });
    expect(within(assembly).getByText('1 case · 1 event · 0 excerpts')).toBeVisible();

    await user.click(screen.getByText('Scope: articles and cases'));
    const picker = screen.getByRole('combobox', { name: 'Articles and recommendations in scope' });
    await user.type(picker, 'ICCPR 9');
    await user.keyboard('{Enter}');
    await user.click(screen.getByLabelText('Only verified cases'));
    expect(await screen.findByRole('region', { name: /^ICCPR art\. 9:/ })).toBeVisible();
    expect(within(assembly).getByText('2 cases · 1 event · 0 excerpts')).toBeVisible();
    await waitFor(async () => expect((await records.reportProjects.get(project.id))?.scope).toMatchObject({ articles: ['ICCPR-21', 'ICCPR-9'], verifiedOnly: false }));
  });
});
