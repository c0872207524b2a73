import { expect, type Page } from '@playwright/test';

// What Chromium prints for a date in a language it has no date data for (Kazakh): "2026 M12 6", or "M12" alone.
export const ROOT_PATTERN_DATE = /\b\d{4} M\d{1,2} \d{1,2}\b|\bM\d{1,2}\b/;

/**
 * Saves the screenshot of a screen read in Russian or Kazakh, once nothing on the screen is a date written in
 * Chromium's root pattern and no bare file input prints Chromium's "Choose File" in the browser's language:
 * every such screenshot is also those checks.
 */
export async function shootLocalScreen(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  expect(await page.locator('body').innerText(), `${name} shows a date Chromium could not write in the language`).not.toMatch(ROOT_PATTERN_DATE);
  await expect(page.locator('input[type="file"]:visible'), `${name} shows a file input in the browser's language`).toHaveCount(0);
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: options.fullPage ?? true });
}
