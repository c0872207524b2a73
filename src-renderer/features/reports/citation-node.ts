// The citation as the editor holds it: an inline atom naming a case or an excerpt by id, drawn as a superscript
// footnote mark. Its number is not stored: the builder numbers marks with a CSS counter in reading order, the
// same order composeReport numbers footnotes in, so the mark and the footnote list below always agree.
import { Node } from '@tiptap/core';

export const CitationNode = Node.create({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      kind: { default: 'case', parseHTML: (element) => element.getAttribute('data-kind') },
      id: { default: '', parseHTML: (element) => element.getAttribute('data-id') },
    };
  },
  parseHTML() {
    return [{ tag: 'sup[data-citation]' }];
  },
  renderHTML({ node }) {
    return ['sup', { 'data-citation': '', 'data-kind': String(node.attrs.kind), 'data-id': String(node.attrs.id), class: 'citation-mark' }];
  },
});
