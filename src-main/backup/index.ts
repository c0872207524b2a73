export { restoreVault, type Opener } from './backup-service';
export type { BackupSummary } from './vault-backup';
