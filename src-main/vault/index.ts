export type { DeviceIdentity } from './vault-session';
export { createVaultService, type LockReason, type RecoveryInput, type VaultService, type VaultServiceOptions } from './vault-service';
export { DEFAULT_KDF_COST, MINIMUM_KDF_COST, type KdfCost } from './kdf';
