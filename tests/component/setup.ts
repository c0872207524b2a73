import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy…/waitFor give up after 1 s by default; on two shared cores a save through the sealing layer can take
// longer, and a test would fail for the machine's load rather than for what it checks.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
