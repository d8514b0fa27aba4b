// Accessibility checks shared by the browser tests.
import AxeBuilder from '@axe-core/playwright';

/** Serious and critical accessibility violations on the page as it stands, as readable lines. */
export async function seriousViolations(page) {
  // Fluent UI's focus manager (tabster) puts hidden sentinel <i> elements around focus zones that pass
  // focus straight on; axe reads them as focusable hidden content. They are not ours to label.
  const { violations } = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}
