import type { DocumentBlock, PrintableDocument } from '../../../shared/export/printable-document';

function Block({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className={block.muted ? 'muted' : undefined}>{block.text}</p>;
    case 'subheading':
      return <h3>{block.text}</h3>;
    case 'fields':
      return (
        <dl className="document-fields">
          {block.fields.map((field) => (
            <div key={field.label}>
              <dt>{field.label}</dt>
              <dd>{field.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="document-table">
          {block.widths && (
            <colgroup>
              {block.widths.map((width, index) => (
                <col key={index} style={{ width: `${width}%` }} />
              ))}
            </colgroup>
          )}
          <thead>
            <tr>
              {block.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, column) => (
                  <td key={column} className={block.codeColumns?.includes(column) ? 'document-code' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** A printable document as plain semantic HTML: the same words, in the same order, as its Word file. */
export function PrintableDocumentView({ document }: { document: PrintableDocument }) {
  return (
    <article className="printable-document" lang={document.lang}>
      <h1>{document.title}</h1>
      {document.preface.map((line) => (
        <p key={line} className="document-preface">
          {line}
        </p>
      ))}
      {document.sections.map((section) => (
        <section key={section.id} aria-label={section.heading} data-section={section.id}>
          <h2>{section.heading}</h2>
          {section.blocks.map((block, index) => (
            <Block key={index} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
