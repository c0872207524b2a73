// The domain model (ARCHITECTURE.md §3): zod schemas and the types they infer, shared by renderer, main and CLI.
export * from './approximate-date';
export * from './case';
export * from './case-item';
export * from './case-person';
export * from './claim';
export * from './duration';
export * from './event';
export * from './excerpt';
export * from './item-text';
export * from './narrative';
export * from './note';
export * from './person';
export * from './proceeding';
export * from './record-base';
export * from './report-project';
export * from './source';
