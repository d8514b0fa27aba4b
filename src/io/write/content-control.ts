import { BuilderElement, FileChild, type Paragraph } from 'docx';

/**
 * A block content control (w:sdt) around a clause's paragraphs, tagged as the Word add-in tags
 * the clauses it inserts (src/core/agreement/tag.ts), so either can recognise the other's clauses.
 * docx 9 writes content controls only for its table of contents and checkboxes, but its public
 * building blocks (FileChild, BuilderElement) write any element and still number and style the
 * paragraphs inside, so this is a small element class rather than a bookmark (which Word's
 * ContentControls API cannot find) or string surgery on the XML after packing.
 */
export class ClauseControl extends FileChild {
  constructor(options: { tag: string; title: string; id: number; paragraphs: readonly Paragraph[] }) {
    super('w:sdt');
    const val = (name: string, value: string | number): BuilderElement<{ val: string | number }> =>
      new BuilderElement<{ val: string | number }>({ name, attributes: { val: { key: 'w:val', value } } });
    this.root.push(
      new BuilderElement({
        name: 'w:sdtPr',
        children: [val('w:alias', options.title), val('w:tag', options.tag), val('w:id', options.id)],
      }),
    );
    this.root.push(new BuilderElement({ name: 'w:sdtContent', children: [...options.paragraphs] }));
  }
}
