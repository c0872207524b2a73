import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';
import { Narrative } from '../../../shared/model';
import { CitationNode } from './citation-node';

/**
 * A section's narrative editor: paragraphs, two levels of subheadings, lists, bold and italic, and citations.
 * Everything else the starter kit offers is off, because the report writers have no place for it and a paste must
 * not bring it in.
 */
export function useNarrativeEditor(narrative: Narrative, label: string, onChange: (narrative: Narrative) => void): Editor | null {
  return useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [3, 4] },
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: false,
      }),
      CitationNode,
    ],
    content: narrative,
    editorProps: { attributes: { class: 'narrative-editor', role: 'textbox', 'aria-multiline': 'true', 'aria-label': label } },
    onUpdate: ({ editor }) => {
      // Anything the schema refuses is not saved; the editor's own schema makes that unreachable in practice.
      const parsed = Narrative.safeParse(editor.getJSON());
      if (parsed.success) onChange(parsed.data);
    },
  });
}

type Props = { editor: Editor | null };

export function NarrativeEditor({ editor }: Props) {
  const { t } = useTranslation('report');
  if (!editor) return null;
  const tool = (label: string, isActive: boolean, run: () => void) => (
    <button type="button" aria-pressed={isActive} onMouseDown={(event) => event.preventDefault()} onClick={run}>
      {label}
    </button>
  );
  return (
    <div className="narrative">
      <div role="toolbar" aria-label={t('toolbar.label')} className="narrative-toolbar">
        {tool(t('toolbar.bold'), editor.isActive('bold'), () => editor.chain().focus().toggleBold().run())}
        {tool(t('toolbar.italic'), editor.isActive('italic'), () => editor.chain().focus().toggleItalic().run())}
        {tool(t('toolbar.heading'), editor.isActive('heading', { level: 3 }), () => editor.chain().focus().toggleHeading({ level: 3 }).run())}
        {tool(t('toolbar.bulletList'), editor.isActive('bulletList'), () => editor.chain().focus().toggleBulletList().run())}
        {tool(t('toolbar.orderedList'), editor.isActive('orderedList'), () => editor.chain().focus().toggleOrderedList().run())}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
