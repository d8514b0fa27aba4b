import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { BUILT_PROPERTY as PROPERTY, type RenderedTerms } from '../../core/agreement/rendered';

/**
 * What every built agreement records about itself, in one or two languages: its title, and the
 * library, scenario and side it was built from as custom properties, which the review reads back
 * to know the draft is ours.
 */
export function builtProperties(terms: RenderedTerms, title = terms.title) {
  return {
    title,
    subject: terms.scenario,
    creator: 'Clausewright',
    lastModifiedBy: 'Clausewright',
    customProperties: [
      { name: PROPERTY.library, value: terms.libraryId },
      { name: PROPERTY.libraryVersion, value: terms.libraryVersion },
      { name: PROPERTY.scenario, value: terms.scenario },
      { name: PROPERTY.role, value: terms.ourRole },
    ],
  };
}

/** A page number field in the footer: contracts are cited and initialled by page. */
export function pageNumbers() {
  return { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) };
}
