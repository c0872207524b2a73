// Pure evidence helpers shared by the viewer, the search index and exports.
export * from './find-in-text';
export * from './image-metadata';
export * from './page-geometry';
export * from './pdf-text';
export * from './plain-text';
export * from './snippet';
export * from './viewer-kind';
