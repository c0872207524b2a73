export { verifyBundle, type BundleProblem, type BundleReport, type VerifyBundleOptions } from './verify-bundle';
export { writeBundle, type BundleSource, type WriteBundleDeps, type WriteBundleOptions, type WrittenBundle } from './write-bundle';
