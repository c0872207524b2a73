// Renders the Cases area over the real records layer (fake-indexeddb, real WebCrypto keys), in English.
import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { setupI18n } from '../../../src-renderer/i18n/setup';
import { openRecords, type Records } from '../../../src-renderer/records';
import type { RecordKeys } from '../../../src-renderer/platform/record-keys';
import { CasesScreen } from '../../../src-renderer/features/cases/CasesScreen';
import { AutosaveDelaysContext, DEFAULT_DELAYS, type AutosaveDelays } from '../../../src-renderer/features/cases/use-autosave';
import { useCasesView } from '../../../src-renderer/features/cases/cases-view-store';
import { makeRecordKeys, uniqueDatabaseName } from '../records/record-test-kit';

export type Vault = { keys: RecordKeys; name: string };

export async function newVault(label: string): Promise<Vault> {
  return { keys: await makeRecordKeys(), name: uniqueDatabaseName(label) };
}

export const open = (vault: Vault): Promise<Records> => openRecords(vault.keys, { name: vault.name });

export async function renderCases(records: Records, delays: AutosaveDelays = DEFAULT_DELAYS) {
  const i18n = await setupI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <AutosaveDelaysContext.Provider value={delays}>
        <CasesScreen records={records} />
      </AutosaveDelaysContext.Provider>
    </I18nextProvider>,
  );
}

export function resetView(): void {
  useCasesView.setState({ openCaseId: undefined, isNew: false });
}

/** The editor's status line: the live region that says Saved, Saving… or why not. */
export const saveStatus = (): HTMLElement => {
  const line = screen.getAllByRole('status').find((el) => /^(Saved|Saving…|Not saved: .*)$/.test(el.textContent ?? ''));
  if (!line) throw new Error('no save status line');
  return line;
};

/** Autosave is asynchronous by design: after a change the line says Saving…, then Saved once written. */
export async function waitForSaved(): Promise<void> {
  await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved$/), { timeout: 4000 });
}
