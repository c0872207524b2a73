import { expect, test, type BrowserContext } from '@playwright/test';
import type { RunningHost } from './browser-host';
import { openSealedSession, type SealedSession } from './sealed-session';
import { createVault } from './vault-steps';

// The catalog names each report by its title, keeps OP2's law, deposit and entry-into-force dates apart, and
// lists the treaties and documents the reports cite in their own groups.
let session: SealedSession;
let host: RunningHost;
let context: BrowserContext;

test.beforeAll(async () => {
  session = await openSealedSession();
  ({ host, context } = session);
});
test.afterAll(async () => session?.close());

test('shows OP2 claims by report title with separate dates, and the new treaty and document groups', async () => {
  const page = await context.newPage();
  await createVault(page, host.url, 'каталог барлық шарттармен 2026');
  await page.getByRole('navigation').getByText('Treaty catalog', { exact: true }).click();
  await page.getByRole('button', { name: 'ICCPR-OP2' }).click();
  const status = page.getByRole('region', { name: 'Status for Kazakhstan' });
  await expect(status).toContainText('ratification law Jan 2, 2021');
  await expect(status).toContainText('Report on Human Rights in Kazakhstan');
  expect(await status.innerText()).not.toMatch(/\b00[0-3]\b/);
  await page.screenshot({ path: 'test-results/screens/catalog-op2-status.png', fullPage: true });

  const nav = page.getByRole('navigation', { name: 'Instruments' });
  await nav.getByRole('region', { name: 'Other treaties' }).getByRole('button', { name: 'Refugee Convention' }).click();
  await expect(page.getByRole('button', { name: /art\. 33 —/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/catalog-refugee-convention.png', fullPage: true });
});
