/** The tamga: a seal drawn in SVG so the mark ships with the app and needs no font or image request. */
export function SealMark() {
  return (
    <svg className="seal-mark" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="3" />
      <path d="M24 10 V38 M14 18 H34 M16 30 L24 38 L32 30" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
