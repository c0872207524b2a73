// Vite's `?url` imports: the asset is emitted into out/renderer/assets and this is its URL (no CDN, CSP 'self').
declare module '*?url' {
  const url: string;
  export default url;
}
