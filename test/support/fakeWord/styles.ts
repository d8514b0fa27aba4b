/** Word's built-in paragraph styles by name, as `styleBuiltIn` gives them, and back. */
export const BUILT_IN: Record<string, string> = {
  Normal: 'Normal',
  Title: 'Title',
  'List Paragraph': 'ListParagraph',
  ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`Heading ${i + 1}`, `Heading${i + 1}`])),
};
export const STYLE_NAME: Record<string, string> = Object.fromEntries(Object.entries(BUILT_IN).map(([k, v]) => [v, k]));
