import { useEffect, useId, useRef, useState } from 'react';

type Props = { hint: string; chooseLabel: string; onFiles(files: File[]): void };

// A pasted screenshot arrives as "image.png" (or nameless); name it so it can be told apart later.
const namePasted = (files: File[]): File[] => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return files.map((file, i) => (file.name && file.name !== 'image.png' ? file : new File([file], `pasted-${stamp}-${i + 1}.png`, { type: file.type })));
};

/** Pick, drop or paste files: a screenshot pasted from the clipboard becomes a PNG file like any other. */
export function FileDropZone({ hint, chooseLabel, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [isOver, setOver] = useState(false);
  const hintId = useId();

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      onFiles(namePasted(files));
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [onFiles]);

  const take = (files: File[]) => {
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={`drop-zone${isOver ? ' is-over' : ''}`}
      role="group"
      aria-labelledby={hintId}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        take([...event.dataTransfer.files]);
      }}
    >
      <p id={hintId}>{hint}</p>
      <button type="button" className="primary" aria-describedby={hintId} onClick={() => input.current?.click()}>
        {chooseLabel}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={chooseLabel}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          take(files);
        }}
      />
    </div>
  );
}
